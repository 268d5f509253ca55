### The student's list of modules.

home-title = My learning
home-greeting = Grade { $grade }, class { $class }, no. { $number }: { $name }
home-modules = Modules
home-status-not-started = Not started
home-status-in-progress = In progress
home-status-passed = Passed
home-status-not-passed = Try again
home-progress = Questions { $answered } / { $total }
home-score = Score { $percent }
home-minutes = About { $minutes } min
home-open = Open
home-open-named = Open { $title }
home-due = Due { $date }
