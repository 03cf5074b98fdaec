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
    <name>CheckinPage</name>
    <message>
        <source>Search by name, pinyin initials, the last four digits of a phone number, the last six of an ID number, or by scanning a member card.</source>
        <translation>Search by name, pinyin initials, the last four digits of a phone number, the last six of an ID number, or by scanning a member card.</translation>
    </message>
    <message>
        <source>The resident&apos;s card: age, community, masked ID and phone numbers, reminders such as a missing emergency contact or allergies, and today&apos;s appointments and classes.</source>
        <translation>The resident&apos;s card: age, community, masked ID and phone numbers, reminders such as a missing emergency contact or allergies, and today&apos;s appointments and classes.</translation>
    </message>
    <message>
        <source>Check in with Enter, check out with F8, print a slip with F9; the result is shown in words, with the queue number.</source>
        <translation>Check in with Enter, check out with F8, print a slip with F9; the result is shown in words, with the queue number.</translation>
    </message>
    <message>
        <source>Live figures: people in the building now, today&apos;s visits and people, welfare-watch reminders.</source>
        <translation>Live figures: people in the building now, today&apos;s visits and people, welfare-watch reminders.</translation>
    </message>
    <message>
        <source>The desk&apos;s main screen: find a resident in a second and check them in with one key.</source>
        <translation>The desk&apos;s main screen: find a resident in a second and check them in with one key.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
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
</TS>
