### The help screen. Opening it is never recorded anywhere.

help-title = Get help
help-intro = You don't have to deal with this alone. It is not your fault. These services help in confidence.
help-not-logged = Opening this screen leaves no record.
help-services = Counselling and reporting
help-phone = Phone { $phone }
help-website = Website { $url }
help-hours = Hours: { $hours }
help-as-of = Information as of { $date }
help-close = Close help
help-unavailable = Help information could not be loaded. In an emergency call 112; for counselling call 1366.
