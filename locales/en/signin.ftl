### Sign-in screen on a shared PC.

signin-title = Start learning
signin-intro = Enter your grade, class, number and name. Your records stay within this school.
signin-grade = Grade
signin-class = Class
signin-number = Number
signin-name = Name
signin-submit = Start
signin-pin = PIN (4–6 digits)
signin-pin-hint = The PIN you chose when you first joined your class. The class hub checks it, so nobody can open your records with just your number and name. Easy PINs like 1234 or 0000 are not allowed.
signin-idle-signed-out = You were signed out automatically after a period without activity. Your answers are saved.
signin-signed-out = You have signed out. Your answers are saved.
signin-period-ended = Your teacher ended the lesson, so you were signed out. Your answers are saved and are being sent to your teacher.
signin-join-title = Joining for the first time (when your teacher opened joining)
signin-join-hint = Only the first time (or after this PC was reset), type the join code from your teacher's screen (8 characters, like K7Q2-M9XA). After that, your PIN is enough on any PC. The hub is found automatically; if not, type the address your teacher gives you.
signin-join-code = Join code
signin-hub-address = Hub address
