### Errors returned by the class hub, shown by the student app in the student's language.

hub-unauthorized = The class hub no longer accepts this sign-in (it ended or your teacher removed this PC). Please sign in again.
hub-forbidden = This action is not allowed.
hub-not-found = Not found on the class hub.
hub-storage-failed = The class hub could not save the records. They will be sent again automatically.
hub-invalid-input = The class hub did not understand the request.
hub-too-large = Too large to send at once.
hub-rate-limited = Too many join attempts. Please try again in a minute.
hub-request-timeout = The request took too long. It will be tried again shortly.
hub-push-rate-limited = This PC is sending too often. It will send again shortly by itself.
hub-join-refused = Your number and name do not match this class roster. Please check with your teacher.
hub-method-not-allowed = The class hub does not support this request.
hub-file-failed = The class hub could not read or write its files.
hub-certificate-failed = The class hub could not create or read its certificate.
hub-join-closed = Joining is not open for this class right now. Ask your teacher to open it.
hub-join-paused = Too many wrong join codes or PINs were entered, so joining this class is paused. Your teacher can make a new code, or try again in 10 minutes.
hub-join-expired = The join took too long. Please try again.
hub-join-code-rejected = The join code is not right. Check the code on your teacher's screen.
hub-pin-wrong = The PIN is not right. After several wrong tries it locks and your teacher must unlock it.
hub-pin-locked = Your PIN is locked after several wrong tries. Ask your teacher to unlock it.
hub-needs-code = This looks like your first time joining this class. Enter the join code from your teacher's screen too.
hub-weak-pin = That PIN is easy for someone else to guess (like 1234 or 0000). Choose another 4–6 digits.
hub-database-corrupt = The class hub database is damaged, so it was not opened. Restore it from a backup (jikim hub --data FOLDER restore). Do not delete the damaged file; tell your administrator.
hub-student-deleted = The school deleted this student's records. The copy on this PC was erased too.
hub-roster-header = The roster file's first row must name a number and a name column (번호, 이름). Add them and save the file as CSV again. The roster was not changed.
hub-roster-row = Row { $row } of the roster file could not be read. Check that it has a number ({ $min }–{ $max }) and a name. The roster was not changed.
hub-csv-encoding = The text of this file could not be read. Save it from Excel again as "CSV UTF-8 (comma delimited)". The roster was not changed.
