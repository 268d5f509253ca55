### Errors returned by the class hub, shown by the student app in the student's language.

hub-unauthorized = The class hub did not recognise this PC. Please join again with the join code.
hub-forbidden = This action is not allowed.
hub-not-found = Not found on the class hub.
hub-storage-failed = The class hub could not save the records. They will be sent again automatically.
hub-invalid-input = The class hub did not understand the request.
hub-too-large = Too large to send at once.
hub-rate-limited = Too many join attempts. Please try again in a minute.
hub-request-timeout = The request took too long. It will be tried again shortly.
hub-push-rate-limited = This PC is sending too often. It will send again shortly by itself.
hub-join-refused = The join code, or your number and name, do not match the class roster. Please check with your teacher.
hub-method-not-allowed = The class hub does not support this request.
hub-file-failed = The class hub could not read or write its files.
hub-certificate-failed = The class hub could not create or read its certificate.
