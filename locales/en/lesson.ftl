### The lesson reader.

lesson-page-of = Page { $page } of { $total }
lesson-progress-label = Lesson progress
lesson-prev = Previous page
lesson-next = Next page
lesson-start-quiz = Take the quiz
lesson-keyboard-hint = Use the ← → arrow keys to turn pages
lesson-legal-basis = Legal basis
lesson-home = Back to list
