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
report-page-empty = No completion records match this selection.

report-cert-title = Certificate of Completion
report-cert-name = Name: { $name }
report-cert-class = { $school }, grade { $grade }, class { $class }, number { $number }
report-cert-body = This certifies that the student above has completed the following courses of Jikim, digital sex crime prevention education.
report-cert-module = { $title }: completed { $date } ({ $minutes } min credited)
report-cert-total = Education time credited: { $minutes } min
report-cert-date = { $year }-{ $month }-{ $day }
report-cert-issuer = Principal, { $school }

report-bundle-written = Bundle for the school-wide merge saved: { $path } ({ $classes } classes, { $records } records)
report-merge-done = { $path }: merged { $classes } new classes, { $students } new students, { $records } new records ({ $present } already present) and { $certificates } new certificates
report-export-written = Saved { $rows } rows: { $path }
report-cert-written = Saved { $count } certificates: { $path }
report-progress = { $done } / { $total }

report-error-io = Could not read or write the file: { $path } { $reason ->
    [disk-full] (the disk is full: choose another drive or folder)
    [no-permission] (no permission to write in this folder, or it is read-only; if a file of the same name is open in a program such as Excel, close it and try again)
    [in-use] (another program has this file open: close it, e.g. in Excel, and try again)
   *[other] ({ $detail })
}
report-refused-file = File not accepted: { $file }
report-error-not-a-bundle = This is not a Jikim bundle. Check that it was made by a teacher's hub.
report-error-bundle-truncated = The bundle is cut short. Check that it was copied completely and get it again. Nothing was changed.
report-error-bundle-tampered = The bundle's checksum or signature does not match: it was changed or damaged after the hub wrote it. Nothing was changed.
report-error-bundle-too-new = This bundle was made by a newer version of Jikim (format { $format }). Update Jikim, then merge it.
report-error-bundle-corrupt = The bundle's content is damaged ({ $detail }). Nothing was changed.
report-error-bundle-unsigned = This bundle is not signed (it was made by an earlier version of Jikim). Ask the school hub for a new one. Nothing was changed.
report-error-bundle-unknown-key = This bundle is signed by a key that is not registered ({ $key }). Register the school hub's public key first, or check where it came from. Nothing was changed.
report-error-store = Could not read or write the record store. { $reason ->
    [disk-full] This computer's disk is full.
    [no-permission] There is no permission to write in the record store's folder.
    [in-use] Another program (or another Jikim) is using the record store. Please try again in a moment.
   *[other] ({ $detail })
}
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
report-ledger-sheet = Completion ledger
report-ledger-sheet-students = By student
report-ledger-title = { $school } prevention education ledger ({ $period })
report-ledger-period-all = all dates
report-ledger-period = { $from } to { $to }
report-ledger-col-grade = Grade
report-ledger-col-class = Class
report-ledger-col-requirement = Requirement
report-ledger-col-owed = Owed (min)
report-ledger-col-students = Students
report-ledger-col-completed = Completed
report-ledger-col-rate = Completion rate
report-ledger-col-delivered = Minutes credited
report-ledger-col-missing = Not yet completed
report-ledger-col-credited = Credited (min)
report-ledger-col-done = Completed
report-ledger-done-yes = yes
report-ledger-done-no = no
report-ledger-grade-total = grade total
report-ledger-missing-student = No. { $number } { $name } ({ $minutes } min)
report-ledger-line = Grade { $grade } class { $class } · { $requirement }: { $completed }/{ $students } completed ({ $rate }%), { $owed } min owed
report-ledger-grade-line = Grade { $grade } total · { $requirement }: { $completed }/{ $students } completed ({ $rate }%)
report-ledger-written = Ledger saved: { $path }
report-ledger-nothing-owed = Nothing is owed yet. Set what each grade owes first, under “Hours owed per grade” on the report screen (command line: jikim hub --data <hub> owe --grade 2 --requirement sexual-violence-prevention --minutes 180).
