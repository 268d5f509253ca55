### Completion exports, school-wide merge, report summary, certificates.

report-col-grade = Grade
report-col-class = Class
report-col-number = Number
report-col-name = Name
report-col-module-id = Module ID
report-col-module-title = Module title
report-col-module-version = Module version
report-col-status = Status
report-col-score = Score (%)
report-col-passed-at = Completed at
report-col-minutes = Learning time (min)
report-col-attempts = Attempts
report-col-scope = Scope
report-col-enrolled = Students enrolled
report-col-completed = Students completed
report-col-rate = Completion rate
report-col-total-minutes = Total education time (min)
report-col-average-minutes = Average time per student (min)
report-col-modules = Modules
report-col-classes = Classes

report-status-passed = Completed
report-status-not-passed = Not passed
report-status-in-progress = In progress
report-status-not-started = Not started

report-sheet-rows = Completion
report-sheet-summary = Report summary
report-sheet-classes = By class
report-sheet-modules = By module

report-scope-class = Grade { $grade } class { $class }
report-scope-grade = Grade { $grade } total
report-scope-school = Whole school
report-class-completed-note = In the class view, completed means the student completed every module assigned to the class.

report-page-title = Digital sex crime prevention education: completion report
report-page-school = School: { $school }
report-page-generated = Prepared on: { $date }
report-page-period = Period: { $from } to { $to }
report-page-period-all = Period: all records
report-page-print = Print
report-page-empty = No completion records match this selection.

report-cert-title = Certificate of Completion
report-cert-name = Name: { $name }
report-cert-class = { $school }, grade { $grade }, class { $class }, number { $number }
report-cert-body = This certifies that the student above has completed the following courses of Jikim, digital sex crime prevention education.
report-cert-module = { $title }: completed { $date } ({ $minutes } min)
report-cert-total = Total education time: { $minutes } min
report-cert-date = { $year }-{ $month }-{ $day }
report-cert-issuer = Principal, { $school }

report-bundle-written = Bundle for the school-wide merge saved: { $path } ({ $classes } classes, { $records } records)
report-merge-done = { $path }: merged { $classes } new classes, { $students } new students, { $records } new records ({ $present } already present)
report-export-written = Saved { $rows } rows: { $path }
report-cert-written = Saved { $count } certificates: { $path }
report-progress = { $done } / { $total }

report-error-io = Could not read or write the file: { $path } ({ $detail })
report-error-not-a-bundle = This is not a Jikim bundle. Check that it was made by a teacher's hub.
report-error-bundle-truncated = The bundle is cut short. Check that it was copied completely and get it again. Nothing was changed.
report-error-bundle-tampered = The bundle's checksum or signature does not match: it was changed or damaged after the hub wrote it. Nothing was changed.
report-error-bundle-too-new = This bundle was made by a newer version of Jikim (format { $format }). Update Jikim, then merge it.
report-error-bundle-corrupt = The bundle's content is damaged ({ $detail }). Nothing was changed.
report-error-bundle-unsigned = This bundle is not signed (it was made by an earlier version of Jikim). Ask the school hub for a new one. Nothing was changed.
report-error-bundle-unknown-key = This bundle is signed by a key that is not registered ({ $key }). Register the school hub's public key first, or check where it came from. Nothing was changed.
report-error-store = Could not read or write the record store ({ $detail }).
report-error-write = Could not create the file ({ $detail }).
report-error-nothing-to-certify = No student in this selection has completed a module, so there is no certificate to make.
report-error-bad-filter = Could not understand the filter: { $detail } (write classes like 2-3 and dates like 2026-03-02)
report-error-no-content = No modules could be read from { $dir }. Results are judged against the modules, so the module folder is needed (--content).
report-col-note = Note
report-removed = Moved or removed
report-cert-serial = Serial { $serial }
report-cert-verify-hint = Verify: scan the QR code, or jikim verify
report-verify-valid = Valid certificate. Serial { $serial } · hub key { $key } · student (pseudonym) { $student } · issued { $issued }
report-verify-module = · { $module } (version { $version }, law as of { $law }): completed { $date }, { $minutes } min
report-verify-not-found = No certificate code (JIKIM1.…) was found. Give the certificate PDF, or the text read from its QR code.
report-verify-malformed = The certificate code is damaged or cut off. Scan the QR code again.
report-verify-edited = Forged certificate: the signature does not match. Its content (minutes, dates, modules) was changed after it was signed.
report-verify-untrusted-key = Not verified: it is signed with key { $key }, which is not a trusted school key. It may be a forgery made with another key.
report-verify-give-key = Give the school's public key file with --key (the school makes it with jikim hub school-key --export), or verify on the school hub with --data.
report-verify-serial-mismatch = Forged certificate: the serial is not this certificate's.
report-verify-bad-key-file = The school's public key file cannot be read: { $path }
