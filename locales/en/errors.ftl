### Errors shown by the app and the CLI. Written so a student or teacher knows what to do.

errors-database-corrupt = The learning records file is damaged and cannot be opened: { $path }. Please tell your teacher or IT staff. The file has not been changed.
errors-database-too-new = The learning records file ({ $path }) was made by a newer version of Jikim. Please update Jikim.
errors-database = Could not save or read learning records. { $reason ->
    [disk-full] This computer's disk is full. Please tell your teacher or IT staff.
    [no-permission] Jikim may not write to its records folder. Please tell your teacher or IT staff.
    [in-use] Another program is writing to the learning records file. Please try again in a moment.
   *[other] Please try again in a moment. ({ $detail })
}
errors-migration = Could not upgrade the learning records file. ({ $detail })
errors-io = Could not read or write the file: { $path } { $reason ->
    [disk-full] (this computer's disk is full; please tell your teacher or IT staff)
    [no-permission] (no permission to write in this folder; please tell your teacher or IT staff)
    [in-use] (another program is using this file; please try again in a moment)
   *[other] ({ $detail })
}
errors-content-invalid = A module file has { $count } problems and cannot be opened: { $path }
errors-help-invalid = Could not read the help information file: { $path } ({ $detail })
errors-module-not-found = Module "{ $module }" was not found.
errors-item-not-found = Question "{ $item }" was not found in module "{ $module }".
errors-page-not-found = Module "{ $module }" has no page { $page }.
errors-attempt-not-found = This learning record was not found. Please sign in again.
errors-invalid-response = The answer could not be checked. Please choose again.
errors-already-answered = This question has already been answered.
errors-invalid-sign-in = Please check the { $field ->
    [grade] grade
    [class] class
    [number] number
    [pin] PIN
   *[name] name
} you entered.
errors-not-signed-in = Please sign in first.
errors-unexpected = Something unexpected went wrong. Please tell your teacher.
errors-pin-mismatch = The PIN does not match. Enter the PIN you chose at your first sign-in. If you forgot it, tell your teacher.
errors-pin-locked = Too many wrong PINs. Please try again in { $seconds } seconds.
errors-teacher-password = The teacher password is wrong.
errors-teacher-locked = Teacher mode is closed. Open it again with the teacher password.
errors-teacher-off = Teacher mode is not available on this PC (it is set up as a lab PC). Open it on the teacher's computer.
errors-teacher-file-damaged = The teacher password file cannot be read, so teacher mode stays locked. Tell your administrator (teacher.json in the data folder).
errors-teacher-lab-pc = On a lab PC where students joined a class, whoever comes first cannot choose the teacher password. An administrator can set one in the provisioning file, or open teacher mode on the teacher's computer.
