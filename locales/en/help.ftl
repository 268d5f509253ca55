### The help screen. Jikim never records that it was opened (shared computers and browser history are outside the app).

help-title = Get help
help-intro = You don't have to deal with this alone. What happened is not your fault. These services can help.
help-not-logged = Jikim keeps no record that you opened Get help. But a shared computer at school or at home, and the web browser where you open a link, may still keep a record.
help-services = Counselling and reporting
help-phone = Phone { $phone }
help-website = Website { $url }
help-hours = Hours: { $hours }
help-as-of = Information as of { $date }
help-close = Close help
help-unavailable = Help information could not be loaded. In an emergency call 112; for counselling call 1366.
