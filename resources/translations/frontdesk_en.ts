<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About frontdesk</source>
        <translation>About frontdesk</translation>
    </message>
    <message>
        <source>Community Service Center Front Desk</source>
        <translation>Community Service Center Front Desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Check-in, residents, appointments, classes and reports for the front desk of a community service center.</source>
        <translation>Check-in, residents, appointments, classes and reports for the front desk of a community service center.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Purpose of the visit (Alt+1 … Alt+{last})</source>
        <translation>Purpose of the visit (Alt+1 … Alt+{last})</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>Family members who came along; they count as visits too</source>
        <translation>Family members who came along; they count as visits too</translation>
    </message>
    <message>
        <source>Family &amp;members</source>
        <translation>Family &amp;members</translation>
    </message>
    <message>
        <source>Check in  Enter</source>
        <translation>Check in  Enter</translation>
    </message>
    <message>
        <source>Check the resident in (Enter)</source>
        <translation>Check the resident in (Enter)</translation>
    </message>
    <message>
        <source>Check out  F8</source>
        <translation>Check out  F8</translation>
    </message>
    <message>
        <source>Check the resident out (F8)</source>
        <translation>Check the resident out (F8)</translation>
    </message>
    <message>
        <source>Print slip  F9</source>
        <translation>Print slip  F9</translation>
    </message>
    <message>
        <source>Printing slips (F9) comes in a later version</source>
        <translation>Printing slips (F9) comes in a later version</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Book physiotherapy, blood pressure and blood sugar checks, free clinics and community partners&apos; services in their time slots.</source>
        <translation>Book physiotherapy, blood pressure and blood sugar checks, free clinics and community partners&apos; services in their time slots.</translation>
    </message>
    <message>
        <source>Full slots go to a waiting list; when someone cancels, the next person moves up.</source>
        <translation>Full slots go to a waiting list; when someone cancels, the next person moves up.</translation>
    </message>
    <message>
        <source>No-shows are recorded, and the day&apos;s list can be printed for the care staff.</source>
        <translation>No-shows are recorded, and the day&apos;s list can be printed for the care staff.</translation>
    </message>
    <message>
        <source>Bookings for the care station and the community partners&apos; services.</source>
        <translation>Bookings for the care station and the community partners&apos; services.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Care station</source>
        <translation>Care station</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>Errand</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Allergy: {text}</source>
        <translation>Allergy: {text}</translation>
    </message>
    <message>
        <source>Condition: {text}</source>
        <translation>Condition: {text}</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Lives alone</translation>
    </message>
    <message>
        <source>Aged {age}</source>
        <translation>Aged {age}</translation>
    </message>
    <message>
        <source>No emergency contact</source>
        <translation>No emergency contact</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>No phone number</translation>
    </message>
    <message>
        <source>No ID number</source>
        <translation>No ID number</translation>
    </message>
    <message>
        <source>Consent form not signed</source>
        <translation>Consent form not signed</translation>
    </message>
    <message>
        <source>Semi-disabled</source>
        <translation>Semi-disabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{alert} — please complete it now</source>
        <translation>{alert} — please complete it now</translation>
    </message>
    <message>
        <source>{name} checked in · queue number {queue} · {purpose}</source>
        <translation>{name} checked in · queue number {queue} · {purpose}</translation>
    </message>
    <message>
        <source> · with {count} family</source>
        <translation> · with {count} family</translation>
    </message>
    <message>
        <source>{name} checked out · queue number {queue} · stayed {duration}</source>
        <translation>{name} checked out · queue number {queue} · stayed {duration}</translation>
    </message>
    <message>
        <source>Nobody was in the building.</source>
        <translation>Nobody was in the building.</translation>
    </message>
    <message>
        <source>Closing time: {count} checked out automatically</source>
        <translation>Closing time: {count} checked out automatically</translation>
    </message>
    <message>
        <source>{name} is already in the building (queue number {queue}, checked in at {time})</source>
        <translation>{name} is already in the building (queue number {queue}, checked in at {time})</translation>
    </message>
    <message>
        <source>{name} is already in the building: another desk checked them in just now</source>
        <translation>{name} is already in the building: another desk checked them in just now</translation>
    </message>
    <message>
        <source>{name} is not in the building: nothing to check out</source>
        <translation>{name} is not in the building: nothing to check out</translation>
    </message>
    <message>
        <source>{name}&apos;s record is archived and cannot be checked in. If they have moved back, restore the record on the Residents page.</source>
        <translation>{name}&apos;s record is archived and cannot be checked in. If they have moved back, restore the record on the Residents page.</translation>
    </message>
    <message>
        <source>This resident&apos;s record is no longer there (merged or removed at another desk). Search again.</source>
        <translation>This resident&apos;s record is no longer there (merged or removed at another desk). Search again.</translation>
    </message>
    <message>
        <source>At most {max} family members can come along.</source>
        <translation>At most {max} family members can come along.</translation>
    </message>
    <message>
        <source>That could not be done. Please try again.</source>
        <translation>That could not be done. Please try again.</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>Not saved. {problem}</translation>
    </message>
    <message>
        <source>No resident has card or slip {code}. Check the card, or search by name.</source>
        <translation>No resident has card or slip {code}. Check the card, or search by name.</translation>
    </message>
    <message>
        <source>Nobody found for “{text}”. Try the name, pinyin initials, the last four digits of the phone, or the last six of the ID number.</source>
        <translation>Nobody found for “{text}”. Try the name, pinyin initials, the last four digits of the phone, or the last six of the ID number.</translation>
    </message>
    <message>
        <source>Find the resident first: type or scan.</source>
        <translation>Find the resident first: type or scan.</translation>
    </message>
    <message>
        <source>Type a name, initials, the last digits of a phone or ID, or scan a card; Enter checks in.</source>
        <translation>Type a name, initials, the last digits of a phone or ID, or scan a card; Enter checks in.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check out all {count} people still in the building? Their visits are marked as closed automatically.</source>
        <translation>Check out all {count} people still in the building? Their visits are marked as closed automatically.</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Closing time</translation>
    </message>
    <message>
        <source>Check everyone out</source>
        <translation>Check everyone out</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Courses by term (for example the 2026 spring term) with their instructors, a weekly timetable, and room bookings that never double-book a room.</source>
        <translation>Courses by term (for example the 2026 spring term) with their instructors, a weekly timetable, and room bookings that never double-book a room.</translation>
    </message>
    <message>
        <source>Enrolment with class limits and a waiting list; attendance taken for each class session.</source>
        <translation>Enrolment with class limits and a waiting list; attendance taken for each class session.</translation>
    </message>
    <message>
        <source>Rosters and sign-in sheets printed for each class.</source>
        <translation>Rosters and sign-in sheets printed for each class.</translation>
    </message>
    <message>
        <source>Terms, courses and the rooms they use.</source>
        <translation>Terms, courses and the rooms they use.</translation>
    </message>
    <message>
        <source>Classes &amp; Rooms</source>
        <translation>Classes &amp; Rooms</translation>
    </message>
</context>
<context>
    <name>ComingLater</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Coming in a later version</translation>
    </message>
    <message>
        <source>This feature will be provided in a later version. Here is what it will do:</source>
        <translation>This feature will be provided in a later version. Here is what it will do:</translation>
    </message>
</context>
<context>
    <name>CountsStrip</name>
    <message>
        <source>Who is in the building now (list beside the card)</source>
        <translation>Who is in the building now (list beside the card)</translation>
    </message>
    <message>
        <source>Welfare watch: residents living alone who have stopped coming (call list)</source>
        <translation>Welfare watch: residents living alone who have stopped coming (call list)</translation>
    </message>
    <message>
        <source>In the building: –</source>
        <translation>In the building: –</translation>
    </message>
    <message>
        <source>Today: –</source>
        <translation>Today: –</translation>
    </message>
    <message>
        <source>In the building: {count}</source>
        <translation>In the building: {count}</translation>
    </message>
    <message>
        <source>Today: {visits} visits / {people} people</source>
        <translation>Today: {visits} visits / {people} people</translation>
    </message>
    <message>
        <source>Welfare watch: {count}</source>
        <translation>Welfare watch: {count}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Sorry, frontdesk ran into an unexpected error.</source>
        <translation>Sorry, frontdesk ran into an unexpected error.</translation>
    </message>
    <message>
        <source>What you were doing may not have been finished: please check the result before going on. If this happens again, click “Copy details” and send them to your administrator.</source>
        <translation>What you were doing may not have been finished: please check the result before going on. If this happens again, click “Copy details” and send them to your administrator.</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>In the building</source>
        <translation>In the building</translation>
    </message>
    <message>
        <source>Welfare watch</source>
        <translation>Welfare watch</translation>
    </message>
    <message>
        <source>Check out selected</source>
        <translation>Check out selected</translation>
    </message>
    <message>
        <source>Check out the person selected in this list</source>
        <translation>Check out the person selected in this list</translation>
    </message>
    <message>
        <source>Closing time…</source>
        <translation>Closing time…</translation>
    </message>
    <message>
        <source>Check out everyone still in the building (marked automatic)</source>
        <translation>Check out everyone still in the building (marked automatic)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>List regulars who have not come for this many days</source>
        <translation>List regulars who have not come for this many days</translation>
    </message>
    <message>
        <source>Not seen for</source>
        <translation>Not seen for</translation>
    </message>
    <message>
        <source>Residents living alone who usually come often. Call them, or their contact.</source>
        <translation>Residents living alone who usually come often. Call them, or their contact.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Community Service Center Front Desk</source>
        <translation>Community Service Center Front Desk</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>{page} ({keys})</source>
        <translation>{page} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About frontdesk</source>
        <translation>&amp;About frontdesk</translation>
    </message>
    <message>
        <source>About frontdesk (F1)</source>
        <translation>About frontdesk (F1)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Demo database: {location}</source>
        <translation>Demo database: {location}</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>Staff: {name}</source>
        <translation>Staff: {name}</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
</context>
<context>
    <name>PresentModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>In for</source>
        <translation>In for</translation>
    </message>
    <message>
        <source>Checked in at {time}</source>
        <translation>Checked in at {time}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <source>The database is being used by another program. Wait a moment and try again. If this keeps happening, close other copies of frontdesk on this computer, or restart it.</source>
        <translation>The database is being used by another program. Wait a moment and try again. If this keeps happening, close other copies of frontdesk on this computer, or restart it.</translation>
    </message>
    <message>
        <source>The database cannot be written to: the file or its folder is read-only. Ask your administrator to give this computer permission to write to the database folder.</source>
        <translation>The database cannot be written to: the file or its folder is read-only. Ask your administrator to give this computer permission to write to the database folder.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing can be saved. Free some space (for example, delete old backups or downloads), then try again.</source>
        <translation>The disk is full, so nothing can be saved. Free some space (for example, delete old backups or downloads), then try again.</translation>
    </message>
    <message>
        <source>The database file is damaged, or it is not a frontdesk database. Stop using this file and ask your administrator to restore it from a backup.</source>
        <translation>The database file is damaged, or it is not a frontdesk database. Stop using this file and ask your administrator to restore it from a backup.</translation>
    </message>
    <message>
        <source>The database cannot be opened. Check that the location is right and its folder exists; if the database is on a network share, check that the network is connected.</source>
        <translation>The database cannot be opened. Check that the location is right and its folder exists; if the database is on a network share, check that the network is connected.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network connection and try again in a moment; if it keeps failing, tell your administrator.</source>
        <translation>The database server cannot be reached. Check the network connection and try again in a moment; if it keeps failing, tell your administrator.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of frontdesk. Update this program to the latest version before opening it.</source>
        <translation>This database was created by a newer version of frontdesk. Update this program to the latest version before opening it.</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Daily and monthly visits and people, by service and by community.</source>
        <translation>Daily and monthly visits and people, by service and by community.</translation>
    </message>
    <message>
        <source>What each community partner delivered.</source>
        <translation>What each community partner delivered.</translation>
    </message>
    <message>
        <source>The welfare-watch call list: residents living alone who have not been seen for a while.</source>
        <translation>The welfare-watch call list: residents living alone who have not been seen for a while.</translation>
    </message>
    <message>
        <source>Monthly reports, printed or saved as PDF.</source>
        <translation>Monthly reports, printed or saved as PDF.</translation>
    </message>
    <message>
        <source>Figures for the center, its partners and the district.</source>
        <translation>Figures for the center, its partners and the district.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>ResidentCardView</name>
    <message>
        <source>Find a resident by typing or scanning their card.</source>
        <translation>Find a resident by typing or scanning their card.</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Record archived: cannot check in</source>
        <translation>Record archived: cannot check in</translation>
    </message>
    <message>
        <source>In the building · queue number {queue} · since {time}</source>
        <translation>In the building · queue number {queue} · since {time}</translation>
    </message>
    <message>
        <source>Came today, checked out at {time}</source>
        <translation>Came today, checked out at {time}</translation>
    </message>
    <message>
        <source>Not checked in today</source>
        <translation>Not checked in today</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <source>building {building}, unit {unit}, room {room}</source>
        <translation>building {building}, unit {unit}, room {room}</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source> ({place})</source>
        <translation> ({place})</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrived</translation>
    </message>
    <message>
        <source>No. {queue} · in {time} · {purpose}</source>
        <translation>No. {queue} · in {time} · {purpose}</translation>
    </message>
    <message>
        <source>out {time}</source>
        <translation>out {time}</translation>
    </message>
    <message>
        <source>No visits, appointments or classes yet today.</source>
        <translation>No visits, appointments or classes yet today.</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Find, register and edit residents: contact details, address, emergency contact, living situation (lives alone, empty-nest, disabled, low-income, aged 80+), chronic conditions and allergies.</source>
        <translation>Find, register and edit residents: contact details, address, emergency contact, living situation (lives alone, empty-nest, disabled, low-income, aged 80+), chronic conditions and allergies.</translation>
    </message>
    <message>
        <source>ID and phone numbers are masked by default; every view and change of personal data is written to the audit log.</source>
        <translation>ID and phone numbers are masked by default; every view and change of personal data is written to the audit log.</translation>
    </message>
    <message>
        <source>Issue member cards and record consent; residents who move away or pass away are archived, never deleted.</source>
        <translation>Issue member cards and record consent; residents who move away or pass away are archived, never deleted.</translation>
    </message>
    <message>
        <source>The register of the residents the center serves.</source>
        <translation>The register of the residents the center serves.</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Name / pinyin initials / last 4 of phone / last 6 of ID / scan card</source>
        <translation>Name / pinyin initials / last 4 of phone / last 6 of ID / scan card</translation>
    </message>
    <message>
        <source>Enter: check in · ↑ ↓: choose · Esc: clear</source>
        <translation>Enter: check in · ↑ ↓: choose · Esc: clear</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Large text (for staff with weak eyesight)</source>
        <translation>Large text (for staff with weak eyesight)</translation>
    </message>
    <message>
        <source>Display on this desk</source>
        <translation>Display on this desk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Takes effect at once.</source>
        <translation>Takes effect at once.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite file</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Database server</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Schema revision</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>File size</translation>
    </message>
    <message>
        <source>This is the demo database: everyone in it is made up.</source>
        <translation>This is the demo database: everyone in it is made up.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>This desk</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>About frontdesk…</source>
        <translation>About frontdesk…</translation>
    </message>
    <message>
        <source>About frontdesk (F1)</source>
        <translation>About frontdesk (F1)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The language of the whole program on this desk.</source>
        <translation>The language of the whole program on this desk.</translation>
    </message>
    <message>
        <source>The new language is used the next time frontdesk starts.</source>
        <translation>The new language is used the next time frontdesk starts.</translation>
    </message>
</context>
<context>
    <name>StartupProgress</name>
    <message>
        <source>Community Service Center Front Desk</source>
        <translation>Community Service Center Front Desk</translation>
    </message>
    <message>
        <source>Preparing the demo database. The first time takes a few seconds…</source>
        <translation>Preparing the demo database. The first time takes a few seconds…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>WatchModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Came {count} times before; last on {day}. Emergency contact: {contact}</source>
        <translation>Came {count} times before; last on {day}. Emergency contact: {contact}</translation>
    </message>
</context>
</TS>
