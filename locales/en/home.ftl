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
home-sync-standalone = Your answers are saved on this PC only (you have not joined a class hub).
home-sync-sent = All your answers have reached your teacher.
home-sync-saved = Your answers are saved on this PC and being sent to your teacher ({ $count }).
home-sync-offline = The class hub cannot be reached. { $count } answers are saved on this PC and will be sent when it is back.
home-sync-refused = The class hub no longer accepts this sign-in (it ended, or your teacher removed this PC). Sign out and sign in again. Your answers are saved on this PC.
home-clock-skew = This PC's clock is { $minutes } minutes off the class hub's. Your records keep the hub's time, so nothing is wrong with them. Please tell your teacher.
