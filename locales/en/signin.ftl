### Sign-in screen on a shared PC.

signin-title = Start learning
signin-intro = Enter your grade, class, number and name. Your records stay within this school.
signin-grade = Grade
signin-class = Class
signin-number = Number
signin-name = Name
signin-submit = Start
