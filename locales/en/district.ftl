# The education office's district server (jikim district)
district-error-not-a-bundle = Not a Jikim district bundle. Check that the school hub made it with jikim district-bundle.
district-error-truncated = The district bundle is cut off. Check that it was copied completely and get it again. Nothing was changed.
district-error-tampered = The district bundle's signature or checksum does not match: it was changed or damaged after the school hub wrote it. Nothing was changed.
district-error-too-new = This district bundle was made by a newer version of Jikim (format { $format }). Update Jikim, then import it.
district-error-damaged = The district bundle's content is damaged ({ $detail }). Nothing was changed.
district-error-unknown-school = This district bundle is signed with a key no school registered ({ $key }). Register the school's public key first: jikim district register --key FILE --name NAME
district-error-invalid = Invalid input: { $detail }
district-error-write = The file could not be written: { $detail }
district-error-io = Could not read or write the file: { $path } { $reason ->
    [disk-full] (the disk is full: choose another drive or folder)
    [no-permission] (no permission to write in this folder, or it is read-only; if a file of the same name is open in a program such as Excel, close it and try again)
    [in-use] (another program has this file open: close it, e.g. in Excel, and try again)
   *[other] ({ $detail })
}
district-error-hub = The school hub's data could not be read. { $reason ->
    [disk-full] This computer's disk is full.
    [no-permission] There is no permission to write in the hub's folder.
    [in-use] Another program (or another Jikim) is using the hub's data. Please try again in a moment.
   *[other] ({ $detail })
}
district-error-database = District database error: { $detail }
district-bundle-written = District bundle saved: { $path } (school year { $year }, { $students } students, { $completions } completions, { $records } records, { $names })
district-bundle-pseudonymous = pseudonymous, without names
district-bundle-with-names = with names
district-registered = School registered: { $name } (key { $key })
district-owed = Grade { $grade } { $requirement }: { $minutes } min per student
district-owed-removed = Grade { $grade } { $requirement }: requirement removed
district-imported = { $path }: read { $students } students, { $completions } completions and { $records } records of school year { $year }; added { $added_completions } new completions and { $added_records } new records
district-already-imported = { $path }: already imported. Nothing was added.
district-report-line = { $school } grade { $grade } { $requirement }: { $completed }/{ $students } completed ({ $rate }%)
district-report-behind = { $school } grade { $grade } { $requirement }: completion rate { $rate }% (below { $behind }%)
district-report-written = District report saved: { $path }
district-migrated = Database schema version { $version }
district-sheet-report = Completion by school
district-sheet-versions = Module versions in use
district-col-school = School
district-col-behind = Behind
district-behind-yes = behind
district-col-module = Module
district-col-version = Version
district-col-schools = Schools
district-col-students = Students completed
district-report-title = Prevention education completion by school, school year { $year }
district-error-unreachable = Could not reach the education office's server ({ $detail }).
district-error-refused = The education office's server did not accept it (HTTP { $status }, { $code }).
district-serving = The education office's server is receiving school bundles on { $addr }. Certificate fingerprint to give schools (--pin): { $fingerprint } (Ctrl+C to stop)
district-pushed = The education office's server imported the { $year } school year's bundle: read { $students } students, { $completions } completions and { $records } records; added { $added_completions } new completions and { $added_records } new records
district-push-already = The education office's server had already imported the { $year } school year's bundle. Nothing was added.
district-push-resumed = Finished sending { $path }, which had been cut off, after the { $offset } bytes the server already held
district-push-kept = The bundle is kept in { $path }. Run the same command again and it carries on from what the server received.
district-sheet-certificates = Certificates issued
district-col-certificates = Certificates issued
district-col-certified-students = Students certified
district-report-certificates = { $school }: { $certificates } certificates issued ({ $students } students)
district-verify-reported = Issued by { $school }. The school has reported this certificate to the education office.
district-verify-not-reported = Issued by { $school }. Not yet reported to the education office; it will be in the school's next district bundle.
district-verify-no-schools = No school is registered, so no certificate can be checked. Register a school's public key first: jikim district register --key FILE --name SCHOOL
district-error-cannot-listen = The district server could not start at { $addr }. Another program, or a server already running, is using this port, or the address is not this machine's. Choose another port with --listen, or stop the running server and start again.
district-error-folder-in-use = Another district server is already using the folder { $folder }. Only one server can run on a folder. Stop the running server, or choose another folder.
