### Problems in a lab PC's provisioning file. Read by the administrator.

provision-bad-file = The provisioning file { $file } cannot be read: { $detail }
provision-unreadable = The provisioning file { $file } cannot be opened: { $detail }
provision-bad-text = In the provisioning file { $file }, { $detail } is empty, too long, or has characters that cannot be used.
provision-bad-idle = In the provisioning file { $file }, { $detail } must be 0 to 120 minutes.
provision-bad-locale = In the provisioning file { $file }, { $detail } must be "ko" or "en".
provision-bad-fingerprint = In the provisioning file { $file }, { $detail } must be the hub certificate's whole SHA-256 fingerprint (64 hex digits).
provision-bad-address = In the provisioning file { $file }, { $detail } is not an address. Example: 192.168.0.10:7443
provision-bad-teacher = In the provisioning file { $file }, [teacher] must be mode = "off", "setup", or "password" (with an Argon2 hash in password_hash).
provision-teacher-not-here = The provisioning file { $file } in the data folder cannot open teacher mode (only mode = "off"). Put a teacher password in the system-wide file, which only an administrator can write.
