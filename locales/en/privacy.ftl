### The privacy notice (opened from sign-in). Only what the app really does: docs/privacy.md

privacy-open = Privacy notice
privacy-title = Privacy notice
privacy-student-title = For students
privacy-student-what = Jikim keeps your grade, class, number and name, the PIN you chose (changed into a form nobody can read back), and your learning records (pages read, answers chosen, time spent).
privacy-student-where = Your records stay inside your school: on this PC and on your teacher's class hub. They are never sent to the internet or to a server outside the school. What is sent is encrypted.
privacy-student-who = Only your teacher, and the school staff who report prevention education, can see your answers. Classmates cannot.
privacy-student-help = Opening "Get help" is never recorded and never sent to your teacher.
privacy-student-exit = "Quick exit" (Esc twice) changes the screen at once and signs you out.
privacy-student-ask = If you have questions, or want your records corrected or deleted, talk to your teacher or your school's privacy officer.
privacy-guardian-title = For parents and guardians
privacy-guardian-items = What is collected: grade, class, number and name; an Argon2id hash of the PIN the student chose (never the PIN itself); learning records (pages viewed, quiz answers, study time); the names of the PCs the student joined from.
privacy-guardian-purpose = Purpose: the school's prevention education on digital sex crimes and the record that it was completed (the school's report on prevention education).
privacy-guardian-where = Where: only on the school's computers (lab PCs and the teacher's class hub). Nothing is sent to an outside server or the internet. Transfers inside the school network are encrypted.
privacy-guardian-who = Who can see it: the teacher in charge and school administrators. Students cannot see other students' records.
privacy-guardian-log = When a teacher opens a student's answers or exports results, the class hub records who, when and which scope.
privacy-guardian-keep = How long records are kept and how they are destroyed is decided and announced by the school.
privacy-guardian-help = Opening "Get help" (where to find support) is not recorded.
privacy-guardian-ask = Requests to see, correct or delete records, and questions, can go to the school's privacy officer.
