### Messages about the link between a student PC and the class hub (join and sync).

sync-unreachable = Cannot reach the class hub. Check the address and that the hub is running on the teacher's computer. Answers are kept on this PC and sent once connected.
sync-pin-mismatch = The hub at this address does not match the join code. It may be a different computer, so Jikim did not connect. Please tell your teacher.
sync-bad-response = The class hub's answer could not be read. Please try again shortly.
sync-join-code-invalid = The join code is not in the right form. Type the code exactly as shown on the teacher's screen.
sync-address-invalid = The hub address is not valid. Example: 192.168.0.10:7443
sync-hub-not-found = No class hub was found on this network. Type the hub address shown on the teacher's screen.
sync-code-rejected = No class hub confirmed the join code. Check the code again. If it is right, another computer on this network may be pretending to be the hub: tell your teacher.
sync-pin-required = Signing in to the class hub needs your PIN (4–6 digits): the one you chose when you first joined.
sync-period-ended = Your teacher ended the lesson. Your answers are saved and are being sent to your teacher.
