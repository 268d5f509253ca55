### Sign-in screen on a shared PC.

signin-title = Start learning
signin-intro = Enter your grade, class, number and name. Your records stay within this school.
signin-grade = Grade
signin-class = Class
signin-number = Number
signin-name = Name
signin-submit = Start
signin-pin = PIN (optional)
signin-pin-hint = 4 to 6 digits. If you set one at your first sign-in, you will need it every time. It keeps others from opening your records.
signin-idle-signed-out = You were signed out automatically after a period without activity. Your answers are saved.
signin-signed-out = You have signed out. Your answers are saved.
signin-join-title = Join your class (if your teacher gave you a code)
signin-join-hint = Enter the join code from your teacher's screen (the hub is found automatically; type its address if not): your records reach your teacher securely and you can continue on another PC. Otherwise leave these empty.
signin-join-code = Join code
signin-hub-address = Hub address
