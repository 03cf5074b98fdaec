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
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <source>Print the slip of today&apos;s visit to this desk&apos;s slip printer (F9; Shift+F9 previews it first)</source>
        <translation>Print the slip of today&apos;s visit to this desk&apos;s slip printer (F9; Shift+F9 previews it first)</translation>
    </message>
    <message>
        <source>Check the resident in (Enter)</source>
        <translation>Check the resident in (Enter)</translation>
    </message>
    <message>
        <source>Check the resident out (F8)</source>
        <translation>Check the resident out (F8)</translation>
    </message>
</context>
<context>
    <name>AddDialog</name>
    <message>
        <source>Add a session</source>
        <translation>Add a session</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Add session</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>○ Booked</source>
        <translation>○ Booked</translation>
    </message>
    <message>
        <source>● Arrived</source>
        <translation>● Arrived</translation>
    </message>
    <message>
        <source>▶ In service</source>
        <translation>▶ In service</translation>
    </message>
    <message>
        <source>✓ Completed</source>
        <translation>✓ Completed</translation>
    </message>
    <message>
        <source>✕ Cancelled</source>
        <translation>✕ Cancelled</translation>
    </message>
    <message>
        <source>! Did not come</source>
        <translation>! Did not come</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>▶ Called</source>
        <translation>▶ Called</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Place offered</source>
        <translation>Place offered</translation>
    </message>
    <message>
        <source>✓ Booked</source>
        <translation>✓ Booked</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>{month}/{day} {time}</source>
        <translation>{month}/{day} {time}</translation>
    </message>
    <message>
        <source>No. {n}</source>
        <translation>No. {n}</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <source>Tomb-sweeping Day</source>
        <translation>Tomb-sweeping Day</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>Mid-autumn Festival</source>
        <translation>Mid-autumn Festival</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>AgendaModels</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Booked / places</source>
        <translation>Booked / places</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Queue no.</source>
        <translation>Queue no.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waiting since / called</source>
        <translation>Waiting since / called</translation>
    </message>
    <message>
        <source>Called {time}</source>
        <translation>Called {time}</translation>
    </message>
    <message>
        <source>Since {time}</source>
        <translation>Since {time}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>No slots</source>
        <translation>No slots</translation>
    </message>
    <message>
        <source>{booked}/{places}
{free} free</source>
        <translation>{booked}/{places}
{free} free</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Station queue</source>
        <translation>Station queue</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Did not come: to call</source>
        <translation>Did not come: to call</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Previous day (Alt+Left)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Next day (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Today (Alt+Home)</source>
        <translation>Today (Alt+Home)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>One day&apos;s slots and bookings</source>
        <translation>One day&apos;s slots and bookings</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>The week&apos;s counts, Monday to Sunday</source>
        <translation>The week&apos;s counts, Monday to Sunday</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>All providers</translation>
    </message>
    <message>
        <source>Day list…</source>
        <translation>Day list…</translation>
    </message>
    <message>
        <source>The station&apos;s list of the day shown, to print (A4)</source>
        <translation>The station&apos;s list of the day shown, to print (A4)</translation>
    </message>
    <message>
        <source>Call list…</source>
        <translation>Call list…</translation>
    </message>
    <message>
        <source>Everyone booked on the day shown, with their phone: to ring them the day before (A4, internal)</source>
        <translation>Everyone booked on the day shown, with their phone: to ring them the day before (A4, internal)</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>The resident has arrived (Alt+A)</source>
        <translation>The resident has arrived (Alt+A)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start the service (Alt+S)</source>
        <translation>Start the service (Alt+S)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>The service is done (Alt+C)</source>
        <translation>The service is done (Alt+C)</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Cancel with a reason (Alt+X)</source>
        <translation>Cancel with a reason (Alt+X)</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Another free slot (Alt+M)</source>
        <translation>Another free slot (Alt+M)</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <source>Print the appointment slip (F9)</source>
        <translation>Print the appointment slip (F9)</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>New appointment…</translation>
    </message>
    <message>
        <source>Book a resident (Alt+N)</source>
        <translation>Book a resident (Alt+N)</translation>
    </message>
    <message>
        <source>No care-station slots on {day}: {why}.</source>
        <translation>No care-station slots on {day}: {why}.</translation>
    </message>
    <message>
        <source>{name} has arrived</source>
        <translation>{name} has arrived</translation>
    </message>
    <message>
        <source>{name}: service started</source>
        <translation>{name}: service started</translation>
    </message>
    <message>
        <source>{name}: service completed</source>
        <translation>{name}: service completed</translation>
    </message>
    <message>
        <source>{name}: {count} appointments cancelled</source>
        <translation>{name}: {count} appointments cancelled</translation>
    </message>
    <message>
        <source>{name}&apos;s appointment cancelled</source>
        <translation>{name}&apos;s appointment cancelled</translation>
    </message>
    <message>
        <source>{service} {when}: a place is free; first on the waiting list: {name}. Tell them now?</source>
        <translation>{service} {when}: a place is free; first on the waiting list: {name}. Tell them now?</translation>
    </message>
    <message>
        <source>Offer the place</source>
        <translation>Offer the place</translation>
    </message>
    <message>
        <source>Place at {when} offered to {name}</source>
        <translation>Place at {when} offered to {name}</translation>
    </message>
    <message>
        <source>{name} is off the waiting list</source>
        <translation>{name} is off the waiting list</translation>
    </message>
    <message>
        <source>A series keeps its days: to move the rest of it, pick another time on the same day.</source>
        <translation>A series keeps its days: to move the rest of it, pick another time on the same day.</translation>
    </message>
    <message>
        <source>{count} appointments of the series moved to {time}</source>
        <translation>{count} appointments of the series moved to {time}</translation>
    </message>
    <message>
        <source>{name}&apos;s appointment moved to {when}</source>
        <translation>{name}&apos;s appointment moved to {when}</translation>
    </message>
    <message>
        <source>the center is closed</source>
        <translation>the center is closed</translation>
    </message>
    <message>
        <source>a rest day</source>
        <translation>a rest day</translation>
    </message>
    <message>
        <source>no provider has hours that day</source>
        <translation>no provider has hours that day</translation>
    </message>
    <message>
        <source>{name}&apos;s appointment slip</source>
        <translation>{name}&apos;s appointment slip</translation>
    </message>
    <message>
        <source>Care station slots</source>
        <translation>Care station slots</translation>
    </message>
    <message>
        <source>Care station bookings</source>
        <translation>Care station bookings</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Call list</translation>
    </message>
    <message>
        <source>Care station day list</source>
        <translation>Care station day list</translation>
    </message>
    <message>
        <source>New appointment: who?</source>
        <translation>New appointment: who?</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>Next: {number} {name} ({service})</source>
        <translation>Next: {number} {name} ({service})</translation>
    </message>
    <message>
        <source>{name}: done</source>
        <translation>{name}: done</translation>
    </message>
    <message>
        <source>{name} left the queue</source>
        <translation>{name} left the queue</translation>
    </message>
    <message>
        <source>Walk-in: who, for what?</source>
        <translation>Walk-in: who, for what?</translation>
    </message>
    <message>
        <source>{name} takes the {time} slot · queue number {number}</source>
        <translation>{name} takes the {time} slot · queue number {number}</translation>
    </message>
    <message>
        <source>{name} is waiting (no free slot now) · queue number {number}</source>
        <translation>{name} is waiting (no free slot now) · queue number {number}</translation>
    </message>
    <message>
        <source>{count} did not come; they are listed to call.</source>
        <translation>{count} did not come; they are listed to call.</translation>
    </message>
    <message>
        <source>{name}: called back</source>
        <translation>{name}: called back</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Station day</source>
        <translation>Station day</translation>
    </message>
    <message>
        <source>Services and hours</source>
        <translation>Services and hours</translation>
    </message>
    <message>
        <source>Community partners</source>
        <translation>Community partners</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive {name}</source>
        <translation>Archive {name}</translation>
    </message>
    <message>
        <source>The record is kept with its history, but leaves search and the lists. It can be restored from “Archived” at any time.</source>
        <translation>The record is kept with its history, but leaves search and the lists. It can be restored from “Archived” at any time.</translation>
    </message>
    <message>
        <source>Note, e.g. moved to her daughter&apos;s in Taiyuan</source>
        <translation>Note, e.g. moved to her daughter&apos;s in Taiyuan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Registered a resident</source>
        <translation>Registered a resident</translation>
    </message>
    <message>
        <source>Edited a resident</source>
        <translation>Edited a resident</translation>
    </message>
    <message>
        <source>Showed a full ID number</source>
        <translation>Showed a full ID number</translation>
    </message>
    <message>
        <source>Showed full phone numbers</source>
        <translation>Showed full phone numbers</translation>
    </message>
    <message>
        <source>Archived a resident</source>
        <translation>Archived a resident</translation>
    </message>
    <message>
        <source>Took a resident out of the archive</source>
        <translation>Took a resident out of the archive</translation>
    </message>
    <message>
        <source>Merged duplicate records</source>
        <translation>Merged duplicate records</translation>
    </message>
    <message>
        <source>Undid a merge</source>
        <translation>Undid a merge</translation>
    </message>
    <message>
        <source>Filled with demo data</source>
        <translation>Filled with demo data</translation>
    </message>
    <message>
        <source>Recorded consent</source>
        <translation>Recorded consent</translation>
    </message>
    <message>
        <source>Exported a resident&apos;s data</source>
        <translation>Exported a resident&apos;s data</translation>
    </message>
    <message>
        <source>Printed a form for a resident</source>
        <translation>Printed a form for a resident</translation>
    </message>
    <message>
        <source>Saved a report as a workbook</source>
        <translation>Saved a report as a workbook</translation>
    </message>
    <message>
        <source>Issued a new member card</source>
        <translation>Issued a new member card</translation>
    </message>
    <message>
        <source>Anonymised expired records</source>
        <translation>Anonymised expired records</translation>
    </message>
    <message>
        <source>Imported residents from a roster</source>
        <translation>Imported residents from a roster</translation>
    </message>
    <message>
        <source>Saved a roster&apos;s rejected rows to a file</source>
        <translation>Saved a roster&apos;s rejected rows to a file</translation>
    </message>
    <message>
        <source>Created the first manager</source>
        <translation>Created the first manager</translation>
    </message>
    <message>
        <source>Added a staff member</source>
        <translation>Added a staff member</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <source>Closing time: checked everyone out</source>
        <translation>Closing time: checked everyone out</translation>
    </message>
    <message>
        <source>Booked an appointment</source>
        <translation>Booked an appointment</translation>
    </message>
    <message>
        <source>Booked a series of appointments</source>
        <translation>Booked a series of appointments</translation>
    </message>
    <message>
        <source>Moved an appointment</source>
        <translation>Moved an appointment</translation>
    </message>
    <message>
        <source>Moved the rest of a series of appointments</source>
        <translation>Moved the rest of a series of appointments</translation>
    </message>
    <message>
        <source>Cancelled an appointment</source>
        <translation>Cancelled an appointment</translation>
    </message>
    <message>
        <source>Marked an appointment arrived</source>
        <translation>Marked an appointment arrived</translation>
    </message>
    <message>
        <source>Started a service</source>
        <translation>Started a service</translation>
    </message>
    <message>
        <source>Completed a service</source>
        <translation>Completed a service</translation>
    </message>
    <message>
        <source>Marked the day&apos;s no-shows</source>
        <translation>Marked the day&apos;s no-shows</translation>
    </message>
    <message>
        <source>Reviewed a no-show</source>
        <translation>Reviewed a no-show</translation>
    </message>
    <message>
        <source>Took a walk-in&apos;s slot at the care station</source>
        <translation>Took a walk-in&apos;s slot at the care station</translation>
    </message>
    <message>
        <source>Joined the care station&apos;s queue</source>
        <translation>Joined the care station&apos;s queue</translation>
    </message>
    <message>
        <source>Called the next in the queue</source>
        <translation>Called the next in the queue</translation>
    </message>
    <message>
        <source>Finished serving someone in the queue</source>
        <translation>Finished serving someone in the queue</translation>
    </message>
    <message>
        <source>Marked someone as having left the queue</source>
        <translation>Marked someone as having left the queue</translation>
    </message>
    <message>
        <source>Put a resident on the waiting list</source>
        <translation>Put a resident on the waiting list</translation>
    </message>
    <message>
        <source>Offered a freed place from the waiting list</source>
        <translation>Offered a freed place from the waiting list</translation>
    </message>
    <message>
        <source>Booked an offered place from the waiting list</source>
        <translation>Booked an offered place from the waiting list</translation>
    </message>
    <message>
        <source>Took a resident off the waiting list</source>
        <translation>Took a resident off the waiting list</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Changed own password</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Reset a password</translation>
    </message>
    <message>
        <source>Deactivated or reactivated a staff member</source>
        <translation>Deactivated or reactivated a staff member</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Changed a setting</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>Made a backup</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Restored a backup</translation>
    </message>
    <message>
        <source>Changed the second backup folder</source>
        <translation>Changed the second backup folder</translation>
    </message>
    <message>
        <source>Checked the audit log</source>
        <translation>Checked the audit log</translation>
    </message>
    <message>
        <source>Looked at health readings</source>
        <translation>Looked at health readings</translation>
    </message>
    <message>
        <source>Added a community partner</source>
        <translation>Added a community partner</translation>
    </message>
    <message>
        <source>Edited a community partner</source>
        <translation>Edited a community partner</translation>
    </message>
    <message>
        <source>Added a partner&apos;s staff member</source>
        <translation>Added a partner&apos;s staff member</translation>
    </message>
    <message>
        <source>Edited a partner&apos;s staff member</source>
        <translation>Edited a partner&apos;s staff member</translation>
    </message>
    <message>
        <source>Added a care service</source>
        <translation>Added a care service</translation>
    </message>
    <message>
        <source>Edited a care service</source>
        <translation>Edited a care service</translation>
    </message>
    <message>
        <source>Changed a provider&apos;s weekly hours</source>
        <translation>Changed a provider&apos;s weekly hours</translation>
    </message>
    <message>
        <source>Added a provider&apos;s leave or extra session</source>
        <translation>Added a provider&apos;s leave or extra session</translation>
    </message>
    <message>
        <source>Removed a provider&apos;s leave or extra session</source>
        <translation>Removed a provider&apos;s leave or extra session</translation>
    </message>
    <message>
        <source>Set the center open or closed on a day</source>
        <translation>Set the center open or closed on a day</translation>
    </message>
    <message>
        <source>Recorded health readings</source>
        <translation>Recorded health readings</translation>
    </message>
    <message>
        <source>Enrolled a resident in a course</source>
        <translation>Enrolled a resident in a course</translation>
    </message>
    <message>
        <source>Put a resident on a course&apos;s waiting list</source>
        <translation>Put a resident on a course&apos;s waiting list</translation>
    </message>
    <message>
        <source>Withdrew a resident from a course</source>
        <translation>Withdrew a resident from a course</translation>
    </message>
    <message>
        <source>Moved a resident up from a course&apos;s waiting list</source>
        <translation>Moved a resident up from a course&apos;s waiting list</translation>
    </message>
    <message>
        <source>Told a resident of their place in a course</source>
        <translation>Told a resident of their place in a course</translation>
    </message>
    <message>
        <source>Changed the companions of an enrollment</source>
        <translation>Changed the companions of an enrollment</translation>
    </message>
    <message>
        <source>Recorded a training outcome</source>
        <translation>Recorded a training outcome</translation>
    </message>
    <message>
        <source>Ticked a resident present on a class roster</source>
        <translation>Ticked a resident present on a class roster</translation>
    </message>
    <message>
        <source>Took a tick off a class roster</source>
        <translation>Took a tick off a class roster</translation>
    </message>
    <message>
        <source>Scanned a card at a class&apos;s door</source>
        <translation>Scanned a card at a class&apos;s door</translation>
    </message>
    <message>
        <source>Marked present in today&apos;s class at check-in</source>
        <translation>Marked present in today&apos;s class at check-in</translation>
    </message>
    <message>
        <source>Set up or edited a term</source>
        <translation>Set up or edited a term</translation>
    </message>
    <message>
        <source>Set up or edited a course and its sessions</source>
        <translation>Set up or edited a course and its sessions</translation>
    </message>
    <message>
        <source>Set up an event</source>
        <translation>Set up an event</translation>
    </message>
    <message>
        <source>Moved a room booking</source>
        <translation>Moved a room booking</translation>
    </message>
    <message>
        <source>Moved a class session</source>
        <translation>Moved a class session</translation>
    </message>
    <message>
        <source>Added or edited a room</source>
        <translation>Added or edited a room</translation>
    </message>
    <message>
        <source>Booked a room</source>
        <translation>Booked a room</translation>
    </message>
    <message>
        <source>Edited a room booking</source>
        <translation>Edited a room booking</translation>
    </message>
    <message>
        <source>Cancelled a room booking</source>
        <translation>Cancelled a room booking</translation>
    </message>
    <message>
        <source>Cancelled a class session</source>
        <translation>Cancelled a class session</translation>
    </message>
    <message>
        <source>Held a cancelled class session after all</source>
        <translation>Held a cancelled class session after all</translation>
    </message>
    <message>
        <source>Added a class session</source>
        <translation>Added a class session</translation>
    </message>
    <message>
        <source>Exported the residents&apos; register to a spreadsheet</source>
        <translation>Exported the residents&apos; register to a spreadsheet</translation>
    </message>
    <message>
        <source>Exported a table to a spreadsheet</source>
        <translation>Exported a table to a spreadsheet</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Log entry</translation>
    </message>
    <message>
        <source>Community partner</source>
        <translation>Community partner</translation>
    </message>
    <message>
        <source>Care service</source>
        <translation>Care service</translation>
    </message>
    <message>
        <source>Leave or extra session</source>
        <translation>Leave or extra session</translation>
    </message>
    <message>
        <source>Center&apos;s day</source>
        <translation>Center&apos;s day</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Account active</source>
        <translation>Account active</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>Merged record</translation>
    </message>
    <message>
        <source>Merge number</source>
        <translation>Merge number</translation>
    </message>
    <message>
        <source>Visits moved</source>
        <translation>Visits moved</translation>
    </message>
    <message>
        <source>Fields filled in</source>
        <translation>Fields filled in</translation>
    </message>
    <message>
        <source>Fields shown</source>
        <translation>Fields shown</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kept for (days)</source>
        <translation>Kept for (days)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>An old card voided</source>
        <translation>An old card voided</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Left out (health data)</source>
        <translation>Left out (health data)</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <source>Second folder missed its copy</source>
        <translation>Second folder missed its copy</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Older entries cleared</source>
        <translation>Older entries cleared</translation>
    </message>
    <message>
        <source>Backups compared</source>
        <translation>Backups compared</translation>
    </message>
    <message>
        <source>Backup taken at</source>
        <translation>Backup taken at</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>What they offer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Agreement from</source>
        <translation>Agreement from</translation>
    </message>
    <message>
        <source>Agreement until</source>
        <translation>Agreement until</translation>
    </message>
    <message>
        <source>Staff member number</source>
        <translation>Staff member number</translation>
    </message>
    <message>
        <source>Minutes a slot</source>
        <translation>Minutes a slot</translation>
    </message>
    <message>
        <source>Places a slot</source>
        <translation>Places a slot</translation>
    </message>
    <message>
        <source>Partner number</source>
        <translation>Partner number</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Service number</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Price (fen)</source>
        <translation>Price (fen)</translation>
    </message>
    <message>
        <source>Market price (fen)</source>
        <translation>Market price (fen)</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>Fasting</source>
        <translation>Fasting</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Step-free</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>Booking number</translation>
    </message>
    <message>
        <source>Room number</source>
        <translation>Room number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>Expected attendance</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Set-up (minutes)</source>
        <translation>Set-up (minutes)</translation>
    </message>
    <message>
        <source>Clean-up (minutes)</source>
        <translation>Clean-up (minutes)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>What was shown</source>
        <translation>What was shown</translation>
    </message>
    <message>
        <source>Systolic (mmHg)</source>
        <translation>Systolic (mmHg)</translation>
    </message>
    <message>
        <source>Diastolic (mmHg)</source>
        <translation>Diastolic (mmHg)</translation>
    </message>
    <message>
        <source>Pulse (/min)</source>
        <translation>Pulse (/min)</translation>
    </message>
    <message>
        <source>Blood sugar (mmol/L)</source>
        <translation>Blood sugar (mmol/L)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>Course number</source>
        <translation>Course number</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>Enrollment number</translation>
    </message>
    <message>
        <source>Class session number</source>
        <translation>Class session number</translation>
    </message>
    <message>
        <source>Class sessions</source>
        <translation>Class sessions</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>Companions</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Started work on</source>
        <translation>Started work on</translation>
    </message>
    <message>
        <source>Let in at the door</source>
        <translation>Let in at the door</translation>
    </message>
    <message>
        <source>Residents chosen</source>
        <translation>Residents chosen</translation>
    </message>
    <message>
        <source>Living situation</source>
        <translation>Living situation</translation>
    </message>
    <message>
        <source>Archived residents</source>
        <translation>Archived residents</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>Roster import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>File fingerprint</source>
        <translation>File fingerprint</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>From line</source>
        <translation>From line</translation>
    </message>
    <message>
        <source>To line</source>
        <translation>To line</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Residents registered</source>
        <translation>Residents registered</translation>
    </message>
    <message>
        <source>Residents updated</source>
        <translation>Residents updated</translation>
    </message>
    <message>
        <source>Full ID and phone numbers</source>
        <translation>Full ID and phone numbers</translation>
    </message>
    <message>
        <source>Health data included</source>
        <translation>Health data included</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Blood pressure high</source>
        <translation>Blood pressure high</translation>
    </message>
    <message>
        <source>Blood pressure low</source>
        <translation>Blood pressure low</translation>
    </message>
    <message>
        <source>Blood sugar high</source>
        <translation>Blood sugar high</translation>
    </message>
    <message>
        <source>Blood sugar low</source>
        <translation>Blood sugar low</translation>
    </message>
    <message>
        <source>Pulse fast</source>
        <translation>Pulse fast</translation>
    </message>
    <message>
        <source>Pulse slow</source>
        <translation>Pulse slow</translation>
    </message>
    <message>
        <source>The history of readings</source>
        <translation>The history of readings</translation>
    </message>
    <message>
        <source>The latest reading</source>
        <translation>The latest reading</translation>
    </message>
    <message>
        <source>The blood pressure trend</source>
        <translation>The blood pressure trend</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>System (sign-in)</source>
        <translation>System (sign-in)</translation>
    </message>
    <message>
        <source>System (start-up)</source>
        <translation>System (start-up)</translation>
    </message>
    <message>
        <source>System (restore)</source>
        <translation>System (restore)</translation>
    </message>
    <message>
        <source>System (backup)</source>
        <translation>System (backup)</translation>
    </message>
    <message>
        <source>System (self-test)</source>
        <translation>System (self-test)</translation>
    </message>
    <message>
        <source>System (demo data)</source>
        <translation>System (demo data)</translation>
    </message>
    <message>
        <source>System (command line)</source>
        <translation>System (command line)</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>Visit slip</source>
        <translation>Visit slip</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>Member cards</translation>
    </message>
    <message>
        <source>Who is in the building</source>
        <translation>Who is in the building</translation>
    </message>
    <message>
        <source>Welfare call list</source>
        <translation>Welfare call list</translation>
    </message>
    <message>
        <source>Own data</source>
        <translation>Own data</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>Appointment slip</translation>
    </message>
    <message>
        <source>Reminder call list</source>
        <translation>Reminder call list</translation>
    </message>
    <message>
        <source>Care station day list</source>
        <translation>Care station day list</translation>
    </message>
    <message>
        <source>Class sign-in sheet</source>
        <translation>Class sign-in sheet</translation>
    </message>
    <message>
        <source>Enrollment slip</source>
        <translation>Enrollment slip</translation>
    </message>
    <message>
        <source>Resident&apos;s timetable</source>
        <translation>Resident&apos;s timetable</translation>
    </message>
    <message>
        <source>Room&apos;s week timetable</source>
        <translation>Room&apos;s week timetable</translation>
    </message>
    <message>
        <source>Cancelled session&apos;s call list</source>
        <translation>Cancelled session&apos;s call list</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Community partners&apos; statements</source>
        <translation>Community partners&apos; statements</translation>
    </message>
    <message>
        <source>the newest entries were cut off</source>
        <translation>the newest entries were cut off</translation>
    </message>
    <message>
        <source>not what a backup recorded: the log was rewritten</source>
        <translation>not what a backup recorded: the log was rewritten</translation>
    </message>
    <message>
        <source>System · {name}</source>
        <translation>System · {name}</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(nobody signed in)</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>Erased when the resident was anonymised</source>
        <translation>Erased when the resident was anonymised</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The log is intact: {count} entries, all checked.</source>
        <translation>The log is intact: {count} entries, all checked.</translation>
    </message>
    <message>
        <source> It agrees with the {anchors} backups that recorded its state.</source>
        <translation> It agrees with the {anchors} backups that recorded its state.</translation>
    </message>
    <message>
        <source>The log was cut short: entry #{entry}, the newest when the backup of {when} was taken, is missing, and so is everything after it. The log now ends at entry #{last}.</source>
        <translation>The log was cut short: entry #{entry}, the newest when the backup of {when} was taken, is missing, and so is everything after it. The log now ends at entry #{last}.</translation>
    </message>
    <message>
        <source>The log does not match the backup of {when}: entry #{entry} is not what that backup recorded, so the log was rewritten after it.</source>
        <translation>The log does not match the backup of {when}: entry #{entry} is not what that backup recorded, so the log was rewritten after it.</translation>
    </message>
    <message>
        <source>The log has been altered at entry #{entry}: {problem}. The {count} entries before it are intact.</source>
        <translation>The log has been altered at entry #{entry}: {problem}. The {count} entries before it are intact.</translation>
    </message>
    <message>
        <source>Checking… {done} of {total} entries</source>
        <translation>Checking… {done} of {total} entries</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Entries checked</source>
        <translation>Entries checked</translation>
    </message>
    <message>
        <source>First broken entry</source>
        <translation>First broken entry</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>edited after it was written</source>
        <translation>edited after it was written</translation>
    </message>
    <message>
        <source>an entry before it was deleted, or entries were reordered</source>
        <translation>an entry before it was deleted, or entries were reordered</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Check the log</source>
        <translation>Check the log</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s seal to show whether anything was edited, deleted or reordered (Ctrl+K)</source>
        <translation>Recompute every entry&apos;s seal to show whether anything was edited, deleted or reordered (Ctrl+K)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Every entry the filters match, to an Excel or CSV file (Ctrl+Shift+E in the list)</source>
        <translation>Every entry the filters match, to an Excel or CSV file (Ctrl+Shift+E in the list)</translation>
    </message>
    <message>
        <source>Number or part of the name</source>
        <translation>Number or part of the name</translation>
    </message>
    <message>
        <source>Anything in the entry</source>
        <translation>Anything in the entry</translation>
    </message>
    <message>
        <source>Search the details, names and staff (Ctrl+F)</source>
        <translation>Search the details, names and staff (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation>{name} (deactivated)</translation>
    </message>
    <message>
        <source>The first day is after the last day: change one of the dates.</source>
        <translation>The first day is after the last day: change one of the dates.</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Reading the log…</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>No entries match.</translation>
    </message>
    <message>
        <source>{count} entries shown; scroll down for older ones.</source>
        <translation>{count} entries shown; scroll down for older ones.</translation>
    </message>
    <message>
        <source>{count} entries.</source>
        <translation>{count} entries.</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Select an entry to see what it changed.</translation>
    </message>
    <message>
        <source>entry #{number}</source>
        <translation>entry #{number}</translation>
    </message>
    <message>
        <source>Checking the log…</source>
        <translation>Checking the log…</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Who did what and when on every desk, with what changed. Each entry is sealed to the one before, so a check shows whether anything was edited or deleted.</source>
        <translation>Who did what and when on every desk, with what changed. Each entry is sealed to the one before, so a check shows whether anything was edited or deleted.</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>Browse and check the audit log</source>
        <translation>Browse and check the audit log</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>⚠ Second backup folder unavailable</source>
        <translation>⚠ Second backup folder unavailable</translation>
    </message>
    <message>
        <source>The automatic backup was saved on this computer, but it could not be copied to the second backup folder ({folder}). Check that the USB drive or network folder is connected, and tell a manager.</source>
        <translation>The automatic backup was saved on this computer, but it could not be copied to the second backup folder ({folder}). Check that the USB drive or network folder is connected, and tell a manager.</translation>
    </message>
    <message>
        <source>⚠ Automatic backup failed</source>
        <translation>⚠ Automatic backup failed</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {reason} Tell a manager.</source>
        <translation>The automatic backup could not be made: {reason} Tell a manager.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>{folder}, and a copy in {second}</source>
        <translation>{folder}, and a copy in {second}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>an unexpected error; see the log file.</source>
        <translation>an unexpected error; see the log file.</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Before anonymisation</source>
        <translation>Before anonymisation</translation>
    </message>
    <message>
        <source>At start-up</source>
        <translation>At start-up</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Every 30 minutes</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Taken by hand</translation>
    </message>
    <message>
        <source>the backup file is no longer there.</source>
        <translation>the backup file is no longer there.</translation>
    </message>
    <message>
        <source>the backup file is damaged (it failed its check). Choose another backup.</source>
        <translation>the backup file is damaged (it failed its check). Choose another backup.</translation>
    </message>
    <message>
        <source>the file is not a frontdesk database.</source>
        <translation>the file is not a frontdesk database.</translation>
    </message>
    <message>
        <source>the backup was made by a newer version of frontdesk. Update this program first.</source>
        <translation>the backup was made by a newer version of frontdesk. Update this program first.</translation>
    </message>
    <message>
        <source>the backup was made by a version of frontdesk this program does not know.</source>
        <translation>the backup was made by a version of frontdesk this program does not know.</translation>
    </message>
    <message>
        <source>Choose a whole folder path, such as E:\备份.</source>
        <translation>Choose a whole folder path, such as E:\备份.</translation>
    </message>
    <message>
        <source>That is the folder the backups are kept in already; choose another drive or folder.</source>
        <translation>That is the folder the backups are kept in already; choose another drive or folder.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>A safety backup: kept for {days} days whatever the periodic backups do, until {date}.</source>
        <translation>A safety backup: kept for {days} days whatever the periodic backups do, until {date}.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Nothing was restored: {reason}</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>{what} {count}</source>
        <translation>{what} {count}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Backups and recovery</source>
        <translation>Backups and recovery</translation>
    </message>
    <message>
        <source>This desk uses a database server. Backing it up is the server administrator&apos;s job (for example with pg_dump); this desk takes no backups of its own.</source>
        <translation>This desk uses a database server. Backing it up is the server administrator&apos;s job (for example with pg_dump); this desk takes no backups of its own.</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <source>None: backups are kept on this computer only</source>
        <translation>None: backups are kept on this computer only</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Second backup folder on this desk: every backup is also copied there, for example to a USB drive or a network folder. If it cannot be reached, backups still go on here.</source>
        <translation>Second backup folder on this desk: every backup is also copied there, for example to a USB drive or a network folder. If it cannot be reached, backups still go on here.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>No backup was made: {reason}</translation>
    </message>
    <message>
        <source>Backed up at {time}: {counts}. Saved as {path}.</source>
        <translation>Backed up at {time}: {counts}. Saved as {path}.</translation>
    </message>
    <message>
        <source>Choose the second backup folder</source>
        <translation>Choose the second backup folder</translation>
    </message>
    <message>
        <source>The second backup folder {folder} cannot be reached or written to (USB drive unplugged? network folder gone?). Backups are still kept on this computer; plug the drive back in or choose another folder.</source>
        <translation>The second backup folder {folder} cannot be reached or written to (USB drive unplugged? network folder gone?). Backups are still kept on this computer; plug the drive back in or choose another folder.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Nothing was restored: {reason}</translation>
    </message>
    <message>
        <source>Restored, but the database could not be opened again: {reason} Close frontdesk and start it again.</source>
        <translation>Restored, but the database could not be opened again: {reason} Close frontdesk and start it again.</translation>
    </message>
    <message>
        <source>The backup of {time} was restored.</source>
        <translation>The backup of {time} was restored.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as {path}.</source>
        <translation>The database as it was before is kept as {path}.</translation>
    </message>
    <message>
        <source>The second backup folder {folder} could not be reached, so that backup is only on this computer for now.</source>
        <translation>The second backup folder {folder} could not be reached, so that backup is only on this computer for now.</translation>
    </message>
    <message>
        <source>The backup of {time} was put in place, but the step after it failed: {reason}</source>
        <translation>The backup of {time} was put in place, but the step after it failed: {reason}</translation>
    </message>
    <message>
        <source>Close frontdesk and start it again: it checks the database when it starts.</source>
        <translation>Close frontdesk and start it again: it checks the database when it starts.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>Nothing to count in this period.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Full: another desk took the last place a moment ago. Choose another time.</source>
        <translation>Full: another desk took the last place a moment ago. Choose another time.</translation>
    </message>
    <message>
        <source>{name} already has an appointment then ({service} {time}). Choose another time.</source>
        <translation>{name} already has an appointment then ({service} {time}). Choose another time.</translation>
    </message>
    <message>
        <source>The station does not serve {service} then (a day off or leave).</source>
        <translation>The station does not serve {service} then (a day off or leave).</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>That time has already passed.</translation>
    </message>
    <message>
        <source>Appointments can be made at most {days} days ahead.</source>
        <translation>Appointments can be made at most {days} days ahead.</translation>
    </message>
    <message>
        <source>This resident&apos;s record is no longer there.</source>
        <translation>This resident&apos;s record is no longer there.</translation>
    </message>
    <message>
        <source>{name}&apos;s record is archived: restore it to book.</source>
        <translation>{name}&apos;s record is archived: restore it to book.</translation>
    </message>
    <message>
        <source>This service is no longer offered.</source>
        <translation>This service is no longer offered.</translation>
    </message>
    <message>
        <source>Tick at least one weekday.</source>
        <translation>Tick at least one weekday.</translation>
    </message>
    <message>
        <source>A series runs 1 to {max} weeks.</source>
        <translation>A series runs 1 to {max} weeks.</translation>
    </message>
    <message>
        <source>A series holds at most {max} appointments.</source>
        <translation>A series holds at most {max} appointments.</translation>
    </message>
    <message>
        <source>None of the dates can be booked.</source>
        <translation>None of the dates can be booked.</translation>
    </message>
    <message>
        <source>This appointment is no longer there.</source>
        <translation>This appointment is no longer there.</translation>
    </message>
    <message>
        <source>This appointment can no longer be changed.</source>
        <translation>This appointment can no longer be changed.</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>Say why the appointment is cancelled.</translation>
    </message>
    <message>
        <source>The reason can be at most {max} characters.</source>
        <translation>The reason can be at most {max} characters.</translation>
    </message>
    <message>
        <source>This appointment&apos;s status cannot change that way.</source>
        <translation>This appointment&apos;s status cannot change that way.</translation>
    </message>
    <message>
        <source>{name} is already on the waiting list for {service} that day.</source>
        <translation>{name} is already on the waiting list for {service} that day.</translation>
    </message>
    <message>
        <source>That day still has free places: book one instead.</source>
        <translation>That day still has free places: book one instead.</translation>
    </message>
    <message>
        <source>The station does not serve {service} that day.</source>
        <translation>The station does not serve {service} that day.</translation>
    </message>
    <message>
        <source>That day is over: its waiting list is closed.</source>
        <translation>That day is over: its waiting list is closed.</translation>
    </message>
    <message>
        <source>{name} is already in the station&apos;s queue (number {number}).</source>
        <translation>{name} is already in the station&apos;s queue (number {number}).</translation>
    </message>
    <message>
        <source>This waiting-list place is no longer open.</source>
        <translation>This waiting-list place is no longer open.</translation>
    </message>
    <message>
        <source>This waiting-list place is no longer there.</source>
        <translation>This waiting-list place is no longer there.</translation>
    </message>
    <message>
        <source>That status cannot be set by hand.</source>
        <translation>That status cannot be set by hand.</translation>
    </message>
    <message>
        <source>The day&apos;s last slot has not ended yet: mark who did not come after it.</source>
        <translation>The day&apos;s last slot has not ended yet: mark who did not come after it.</translation>
    </message>
    <message>
        <source>That appointment is not marked as not come.</source>
        <translation>That appointment is not marked as not come.</translation>
    </message>
    <message>
        <source>That queue number is no longer there.</source>
        <translation>That queue number is no longer there.</translation>
    </message>
    <message>
        <source>That queue number has already been served or has left.</source>
        <translation>That queue number has already been served or has left.</translation>
    </message>
    <message>
        <source>Offer a place on the day the resident is waiting for.</source>
        <translation>Offer a place on the day the resident is waiting for.</translation>
    </message>
    <message>
        <source>The note can be at most {max} characters.</source>
        <translation>The note can be at most {max} characters.</translation>
    </message>
    <message>
        <source>This appointment is not part of a series.</source>
        <translation>This appointment is not part of a series.</translation>
    </message>
    <message>
        <source>Nothing was moved: not every date can take that time ({dates}). Choose another time.</source>
        <translation>Nothing was moved: not every date can take that time ({dates}). Choose another time.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>closed that day</source>
        <translation>closed that day</translation>
    </message>
    <message>
        <source>clashes with another appointment</source>
        <translation>clashes with another appointment</translation>
    </message>
    <message>
        <source>already passed</source>
        <translation>already passed</translation>
    </message>
    <message>
        <source>too far ahead</source>
        <translation>too far ahead</translation>
    </message>
    <message>
        <source>{weekday} {month}/{day}</source>
        <translation>{weekday} {month}/{day}</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>{count} left</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <source>¥{amount}</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>fasting</translation>
    </message>
    <message>
        <source>Booked: {service} {day} {time}</source>
        <translation>Booked: {service} {day} {time}</translation>
    </message>
    <message>
        <source>{booked}, {person}</source>
        <translation>{booked}, {person}</translation>
    </message>
    <message>
        <source>Booked {service} on {count} dates; {skipped} could not be.</source>
        <translation>Booked {service} on {count} dates; {skipped} could not be.</translation>
    </message>
    <message>
        <source>Booked {service} on {count} dates.</source>
        <translation>Booked {service} on {count} dates.</translation>
    </message>
    <message>
        <source>{when} · can be booked</source>
        <translation>{when} · can be booked</translation>
    </message>
    <message>
        <source>{when} · cannot be booked: {why}</source>
        <translation>{when} · cannot be booked: {why}</translation>
    </message>
    <message>
        <source>not bookable</source>
        <translation>not bookable</translation>
    </message>
    <message>
        <source>{name} is on the waiting list for {service} on {day} (number {position}).</source>
        <translation>{name} is on the waiting list for {service} on {day} (number {position}).</translation>
    </message>
    <message>
        <source>Walk-in: {service} now, queue number {number}.</source>
        <translation>Walk-in: {service} now, queue number {number}.</translation>
    </message>
    <message>
        <source>Walk-in: no free place now; queue number {number} for {service}.</source>
        <translation>Walk-in: no free place now; queue number {number} for {service}.</translation>
    </message>
    <message>
        <source>This could not be done. Please try again.</source>
        <translation>This could not be done. Please try again.</translation>
    </message>
    <message>
        <source>Bring: {what}</source>
        <translation>Bring: {what}</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book for {name}</source>
        <translation>Book for {name}</translation>
    </message>
    <message>
        <source>Appointment for {name}</source>
        <translation>Appointment for {name}</translation>
    </message>
    <message>
        <source>Type the service&apos;s first character to find it; Enter goes to the times</source>
        <translation>Type the service&apos;s first character to find it; Enter goes to the times</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>Se&amp;rvice</translation>
    </message>
    <message>
        <source>&amp;Once</source>
        <translation>&amp;Once</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>&amp;Series</translation>
    </message>
    <message>
        <source>Arrows choose a time; Enter books it. Greyed times are full.</source>
        <translation>Arrows choose a time; Enter books it. Greyed times are full.</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Book the chosen time (Enter)</source>
        <translation>Book the chosen time (Enter)</translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation>&amp;Waiting list</translation>
    </message>
    <message>
        <source>Every place of this day is taken: join its waiting list</source>
        <translation>Every place of this day is taken: join its waiting list</translation>
    </message>
    <message>
        <source>Wal&amp;k-in now</source>
        <translation>Wal&amp;k-in now</translation>
    </message>
    <message>
        <source>The resident is here: take the place now, or join the station&apos;s queue</source>
        <translation>The resident is here: take the place now, or join the station&apos;s queue</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <source>Print the appointment slip of what was just booked (F9)</source>
        <translation>Print the appointment slip of what was just booked (F9)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Book &amp;all bookable dates</source>
        <translation>Book &amp;all bookable dates</translation>
    </message>
    <message>
        <source>The care station offers no services yet.</source>
        <translation>The care station offers no services yet.</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Any provider</translation>
    </message>
    <message>
        <source>Choose a service and a time first.</source>
        <translation>Choose a service and a time first.</translation>
    </message>
    <message>
        <source>{name}&apos;s appointment slip</source>
        <translation>{name}&apos;s appointment slip</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <source>Cancel room booking</source>
        <translation>Cancel room booking</translation>
    </message>
    <message>
        <source>{title} · {room} · {when}</source>
        <translation>{title} · {room} · {when}</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>The speaker cannot come</source>
        <translation>The speaker cannot come</translation>
    </message>
    <message>
        <source>The weather</source>
        <translation>The weather</translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation>Booked by mistake</translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation>Pick or type a reason</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Feeling unwell</source>
        <translation>Feeling unwell</translation>
    </message>
    <message>
        <source>Something came up</source>
        <translation>Something came up</translation>
    </message>
    <message>
        <source>Family matters</source>
        <translation>Family matters</translation>
    </message>
    <message>
        <source>The weather</source>
        <translation>The weather</translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation>Pick or type a reason</translation>
    </message>
    <message>
        <source>Also cancel the rest of the series</source>
        <translation>Also cancel the rest of the series</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>{name} · {when}</source>
        <translation>{name} · {when}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cancel a session</source>
        <translation>Cancel a session</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>e.g. 老师生病</source>
        <translation>e.g. 老师生病</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Cancel the session</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Second phone</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>Companions</translation>
    </message>
    <message>
        <source>Print the call list</source>
        <translation>Print the call list</translation>
    </message>
    <message>
        <source>Print the call list (Ctrl+P)</source>
        <translation>Print the call list (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancelled. Call these {n} residents:</source>
        <translation>Cancelled. Call these {n} residents:</translation>
    </message>
    <message>
        <source>Cancelled. Nobody is enrolled: nobody to call.</source>
        <translation>Cancelled. Nobody is enrolled: nobody to call.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Enterprise in the district</source>
        <translation>Enterprise in the district</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>Social organisation</translation>
    </message>
    <message>
        <source>Capable resident</source>
        <translation>Capable resident</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapist</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Health lecturer</source>
        <translation>Health lecturer</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Extra session</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Choose one from the list.</translation>
    </message>
    <message>
        <source>Not a phone number: an 11-digit mobile, or a landline with its area code (0352-1234567).</source>
        <translation>Not a phone number: an 11-digit mobile, or a landline with its area code (0352-1234567).</translation>
    </message>
    <message>
        <source>A partner of this name is already registered.</source>
        <translation>A partner of this name is already registered.</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation>The agreement cannot end before it starts.</translation>
    </message>
    <message>
        <source>That partner is no longer registered: refresh the list.</source>
        <translation>That partner is no longer registered: refresh the list.</translation>
    </message>
    <message>
        <source>That person is no longer registered: refresh the list.</source>
        <translation>That person is no longer registered: refresh the list.</translation>
    </message>
    <message>
        <source>That service no longer exists: refresh the list.</source>
        <translation>That service no longer exists: refresh the list.</translation>
    </message>
    <message>
        <source>That entry was already removed.</source>
        <translation>That entry was already removed.</translation>
    </message>
    <message>
        <source>A service of this name already exists.</source>
        <translation>A service of this name already exists.</translation>
    </message>
    <message>
        <source>Between {minimum} and {maximum} minutes.</source>
        <translation>Between {minimum} and {maximum} minutes.</translation>
    </message>
    <message>
        <source>Between {minimum} and {maximum} places.</source>
        <translation>Between {minimum} and {maximum} places.</translation>
    </message>
    <message>
        <source>Not a price the station would ask.</source>
        <translation>Not a price the station would ask.</translation>
    </message>
    <message>
        <source>The market price is what it costs elsewhere: not below the station&apos;s price.</source>
        <translation>The market price is what it costs elsewhere: not below the station&apos;s price.</translation>
    </message>
    <message>
        <source>Row {row}: choose a weekday.</source>
        <translation>Row {row}: choose a weekday.</translation>
    </message>
    <message>
        <source>It must end after it starts.</source>
        <translation>It must end after it starts.</translation>
    </message>
    <message>
        <source>Row {row} overlaps another stretch on the same weekday.</source>
        <translation>Row {row} overlaps another stretch on the same weekday.</translation>
    </message>
    <message>
        <source>Give both times, or neither for the whole day.</source>
        <translation>Give both times, or neither for the whole day.</translation>
    </message>
    <message>
        <source>An extra session needs its service.</source>
        <translation>An extra session needs its service.</translation>
    </message>
    <message>
        <source>An extra session needs its times.</source>
        <translation>An extra session needs its times.</translation>
    </message>
    <message>
        <source>Only a manager may change this.</source>
        <translation>Only a manager may change this.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <source>That could not be saved. Check the form and try again.</source>
        <translation>That could not be saved. Check the form and try again.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} yuan</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Services of the care station</source>
        <translation>Services of the care station</translation>
    </message>
    <message>
        <source>e.g. 血压测量</source>
        <translation>e.g. 血压测量</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. 康养服务站</source>
        <translation>e.g. 康养服务站</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>e.g. 医保卡、既往病历</source>
        <translation>e.g. 医保卡、既往病历</translation>
    </message>
    <message>
        <source>Fasting (需空腹)</source>
        <translation>Fasting (需空腹)</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Save service</source>
        <translation>Save service</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Minutes a slot</source>
        <translation>Minutes a slot</translation>
    </message>
    <message>
        <source>Places a slot</source>
        <translation>Places a slot</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Provided by</translation>
    </message>
    <message>
        <source>Market price</source>
        <translation>Market price</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>Providers&apos; weekly hours</source>
        <translation>Providers&apos; weekly hours</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Save hours</source>
        <translation>Save hours</translation>
    </message>
    <message>
        <source>Leave and extra sessions</source>
        <translation>Leave and extra sessions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>places as usual</source>
        <translation>places as usual</translation>
    </message>
    <message>
        <source>e.g. 义诊：市第一人民医院</source>
        <translation>e.g. 义诊：市第一人民医院</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The center&apos;s days (over the public holiday calendar)</source>
        <translation>The center&apos;s days (over the public holiday calendar)</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>e.g. 停电检修</source>
        <translation>e.g. 停电检修</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>As the calendar says</source>
        <translation>As the calendar says</translation>
    </message>
    <message>
        <source>{price} (market {market})</source>
        <translation>{price} (market {market})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>all day</translation>
    </message>
    <message>
        <source>(the center itself)</source>
        <translation>(the center itself)</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <source>Add the provider to a partner first.</source>
        <translation>Add the provider to a partner first.</translation>
    </message>
    <message>
        <source>The weekly hours are saved.</source>
        <translation>The weekly hours are saved.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Added.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
    <message>
        <source>Saved: {date}</source>
        <translation>Saved: {date}</translation>
    </message>
    <message>
        <source>{date} follows the calendar again.</source>
        <translation>{date} follows the calendar again.</translation>
    </message>
</context>
<context>
    <name>CenterSection</name>
    <message>
        <source>This center (on printed documents)</source>
        <translation>This center (on printed documents)</translation>
    </message>
    <message>
        <source>e.g. 局前街社区党群服务中心</source>
        <translation>e.g. 局前街社区党群服务中心</translation>
    </message>
    <message>
        <source>e.g. 开放时间 8:00–17:30</source>
        <translation>e.g. 开放时间 8:00–17:30</translation>
    </message>
    <message>
        <source>A short line at the foot of every visit slip: opening hours, a phone</source>
        <translation>A short line at the foot of every visit slip: opening hours, a phone</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Slip footer</source>
        <translation>Slip footer</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Choose the center&apos;s logo</source>
        <translation>Choose the center&apos;s logo</translation>
    </message>
    <message>
        <source>The new logo is printed once it is saved.</source>
        <translation>The new logo is printed once it is saved.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved: the next documents printed show it.</source>
        <translation>Saved: the next documents printed show it.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show figures</source>
        <translation>Show figures</translation>
    </message>
    <message>
        <source>Show the figures as a table instead of the chart</source>
        <translation>Show the figures as a table instead of the chart</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save these figures as a spreadsheet (.xlsx or .csv)</source>
        <translation>Save these figures as a spreadsheet (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Show chart</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Check the rows</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Sh&amp;ow</translation>
    </message>
    <message>
        <source>&amp;Accept these changes</source>
        <translation>&amp;Accept these changes</translation>
    </message>
    <message>
        <source>Accept a&amp;ll changes</source>
        <translation>Accept a&amp;ll changes</translation>
    </message>
    <message>
        <source>Accept non&amp;e</source>
        <translation>Accept non&amp;e</translation>
    </message>
    <message>
        <source>Save the rows &amp;with problems…</source>
        <translation>Save the rows &amp;with problems…</translation>
    </message>
    <message>
        <source>A table of the rows not imported, with the reason beside each: fix them and import that file</source>
        <translation>A table of the rows not imported, with the reason beside each: fix them and import that file</translation>
    </message>
    <message>
        <source>Checking {count} rows against the register…</source>
        <translation>Checking {count} rows against the register…</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Rows read: {count}</translation>
    </message>
    <message>
        <source>Nothing to import: there is no new resident and no new detail in this file.</source>
        <translation>Nothing to import: there is no new resident and no new detail in this file.</translation>
    </message>
    <message>
        <source>All rows ({count})</source>
        <translation>All rows ({count})</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
    <message>
        <source>Row {line} · {status}</source>
        <translation>Row {line} · {status}</translation>
    </message>
    <message>
        <source>Changes accepted for {accepted} of {count} registered residents.</source>
        <translation>Changes accepted for {accepted} of {count} registered residents.</translation>
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
        <source>Card {code} was replaced by a new card on {day} and no longer works: use the new card, or search by name.</source>
        <translation>Card {code} was replaced by a new card on {day} and no longer works: use the new card, or search by name.</translation>
    </message>
    <message>
        <source>Slip number {code} has a wrong digit: scan it again, or search by name.</source>
        <translation>Slip number {code} has a wrong digit: scan it again, or search by name.</translation>
    </message>
    <message>
        <source>{code} is a slip from an earlier version, which cannot check in: search by name.</source>
        <translation>{code} is a slip from an earlier version, which cannot check in: search by name.</translation>
    </message>
    <message>
        <source>Slip {code} was not printed by this center: search by name.</source>
        <translation>Slip {code} was not printed by this center: search by name.</translation>
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
        <source>{name} has not checked in today: check in first, then print the slip.</source>
        <translation>{name} has not checked in today: check in first, then print the slip.</translation>
    </message>
    <message>
        <source>Name, initials, last digits of a phone or ID, or scan a card. Enter checks in.</source>
        <translation>Name, initials, last digits of a phone or ID, or scan a card. Enter checks in.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Waiting-list place: {service} {time} — please confirm</source>
        <translation>Waiting-list place: {service} {time} — please confirm</translation>
    </message>
    <message>
        <source>Place free from the waiting list: {course} · next class {day} {time}</source>
        <translation>Place free from the waiting list: {course} · next class {day} {time}</translation>
    </message>
    <message>
        <source>{text} ({place})</source>
        <translation>{text} ({place})</translation>
    </message>
    <message>
        <source>Booked from the waiting list: {service} {time}</source>
        <translation>Booked from the waiting list: {service} {time}</translation>
    </message>
    <message>
        <source>{booked}, {person}</source>
        <translation>{booked}, {person}</translation>
    </message>
    <message>
        <source>Offered place declined: off the waiting list</source>
        <translation>Offered place declined: off the waiting list</translation>
    </message>
    <message>
        <source>The offered place has been taken meanwhile.</source>
        <translation>The offered place has been taken meanwhile.</translation>
    </message>
    <message>
        <source>The resident already has an appointment at that time.</source>
        <translation>The resident already has an appointment at that time.</translation>
    </message>
    <message>
        <source>This offered place is no longer open.</source>
        <translation>This offered place is no longer open.</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>{name}&apos;s visit slip</source>
        <translation>{name}&apos;s visit slip</translation>
    </message>
    <message>
        <source>Who is in the building</source>
        <translation>Who is in the building</translation>
    </message>
    <message>
        <source>Welfare call list</source>
        <translation>Welfare call list</translation>
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
    <name>Classes</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Rooms and bookings</source>
        <translation>Rooms and bookings</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Check which detail each column of the file holds; the first rows of the file are shown under its header. Only the name is required. Columns set to “Not imported” are left out.</source>
        <translation>Check which detail each column of the file holds; the first rows of the file are shown under its header. Only the name is required. Columns set to “Not imported” are left out.</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>&amp;Header row</translation>
    </message>
    <message>
        <source>Row {line}</source>
        <translation>Row {line}</translation>
    </message>
    <message>
        <source>Rows {first}–{last}</source>
        <translation>Rows {first}–{last}</translation>
    </message>
    <message>
        <source>What column {letter} holds</source>
        <translation>What column {letter} holds</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>“{field}” is chosen for columns {columns}: choose it for one column only.</source>
        <translation>“{field}” is chosen for columns {columns}: choose it for one column only.</translation>
    </message>
    <message>
        <source>Choose the column that holds the {field}: it is required.</source>
        <translation>Choose the column that holds the {field}: it is required.</translation>
    </message>
    <message>
        <source>Not in the file: {fields}. Those details stay empty for new residents.</source>
        <translation>Not in the file: {fields}. Those details stay empty for new residents.</translation>
    </message>
    <message>
        <source>The name and the main details are matched. Next checks each row.</source>
        <translation>The name and the main details are matched. Next checks each row.</translation>
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
        <source>In: –</source>
        <translation>In: –</translation>
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
        <source>In: {count}</source>
        <translation>In: {count}</translation>
    </message>
    <message>
        <source>Today: {visits} visits / {people} people</source>
        <translation>Today: {visits} visits / {people} people</translation>
    </message>
    <message>
        <source>Today: {visits} / {people}</source>
        <translation>Today: {visits} / {people}</translation>
    </message>
    <message>
        <source>Welfare watch: {count}</source>
        <translation>Welfare watch: {count}</translation>
    </message>
    <message>
        <source>Watch: {count}</source>
        <translation>Watch: {count}</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>Edit course</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>e.g. 书法班</source>
        <translation>e.g. 书法班</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>0 = free</source>
        <translation>0 = free</translation>
    </message>
    <message>
        <source>e.g. 60岁以上、零基础</source>
        <translation>e.g. 60岁以上、零基础</translation>
    </message>
    <message>
        <source>Meet on make-up working days too</source>
        <translation>Meet on make-up working days too</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Weekly meetings</source>
        <translation>Weekly meetings</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>Fee (yuan)</translation>
    </message>
    <message>
        <source>Companions per resident</source>
        <translation>Companions per resident</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Set-up minutes</source>
        <translation>Set-up minutes</translation>
    </message>
    <message>
        <source>Clean-up minutes</source>
        <translation>Clean-up minutes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>List every session and its problems (Ctrl+K)</source>
        <translation>List every session and its problems (Ctrl+K)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the course and its sessions (Ctrl+S)</source>
        <translation>Save the course and its sessions (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{when} (make-up day)</source>
        <translation>{when} (make-up day)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>no class: {why}</source>
        <translation>no class: {why}</translation>
    </message>
    <message>
        <source>{count} sessions; {bad} with a problem</source>
        <translation>{count} sessions; {bad} with a problem</translation>
    </message>
    <message>
        <source>{count} sessions, no problems</source>
        <translation>{count} sessions, no problems</translation>
    </message>
    <message>
        <source> · {n} days without class</source>
        <translation> · {n} days without class</translation>
    </message>
    <message>
        <source> · the holidays of {years} are not known yet</source>
        <translation> · the holidays of {years} are not known yet</translation>
    </message>
    <message>
        <source> · {n} past or attended sessions kept</source>
        <translation> · {n} past or attended sessions kept</translation>
    </message>
</context>
<context>
    <name>CourseEnrollmentPanel</name>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Resident: name, pinyin initials, phone or ID digits; Enter finds</source>
        <translation>Resident: name, pinyin initials, phone or ID digits; Enter finds</translation>
    </message>
    <message>
        <source>&amp;Enroll…</source>
        <translation>&amp;Enroll…</translation>
    </message>
    <message>
        <source>Why they withdraw</source>
        <translation>Why they withdraw</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Record &amp;outcome</source>
        <translation>Record &amp;outcome</translation>
    </message>
    <message>
        <source>Enrolled in {title}</source>
        <translation>Enrolled in {title}</translation>
    </message>
    <message>
        <source>Nobody found for {text}.</source>
        <translation>Nobody found for {text}.</translation>
    </message>
    <message>
        <source>{name}: {outcome}</source>
        <translation>{name}: {outcome}</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>Painting and calligraphy</source>
        <translation>Painting and calligraphy</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>Fitness</translation>
    </message>
    <message>
        <source>Dance</source>
        <translation>Dance</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Smartphones</source>
        <translation>Smartphones</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Vocational training</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>Give a number from {min} to {max}.</source>
        <translation>Give a number from {min} to {max}.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Choose one from the list.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>The last day is before the first.</translation>
    </message>
    <message>
        <source>There is a term called {name} already.</source>
        <translation>There is a term called {name} already.</translation>
    </message>
    <message>
        <source>Choose a term.</source>
        <translation>Choose a term.</translation>
    </message>
    <message>
        <source>Choose a room.</source>
        <translation>Choose a room.</translation>
    </message>
    <message>
        <source>That instructor is no longer on file.</source>
        <translation>That instructor is no longer on file.</translation>
    </message>
    <message>
        <source>Add at least one weekly meeting.</source>
        <translation>Add at least one weekly meeting.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>Type a time like 09:30.</source>
        <translation>Type a time like 09:30.</translation>
    </message>
    <message>
        <source>{enrolled} places are taken already: the capacity cannot be less.</source>
        <translation>{enrolled} places are taken already: the capacity cannot be less.</translation>
    </message>
    <message>
        <source>Not saved: {count} sessions have a problem (listed under Check). The first: {first}</source>
        <translation>Not saved: {count} sessions have a problem (listed under Check). The first: {first}</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>This session is cancelled.</translation>
    </message>
    <message>
        <source>This session is not cancelled.</source>
        <translation>This session is not cancelled.</translation>
    </message>
    <message>
        <source>This session is no longer on file.</source>
        <translation>This session is no longer on file.</translation>
    </message>
    <message>
        <source>This course is no longer on file.</source>
        <translation>This course is no longer on file.</translation>
    </message>
    <message>
        <source>An event is not edited here.</source>
        <translation>An event is not edited here.</translation>
    </message>
    <message>
        <source>Only a manager may do this.</source>
        <translation>Only a manager may do this.</translation>
    </message>
    <message>
        <source>public holiday ({name})</source>
        <translation>public holiday ({name})</translation>
    </message>
    <message>
        <source>the center is closed</source>
        <translation>the center is closed</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>¥{amount}</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <source>{enrolled}/{capacity} · {waiting} waiting</source>
        <translation>{enrolled}/{capacity} · {waiting} waiting</translation>
    </message>
    <message>
        <source>That could not be done. Check the form and try again.</source>
        <translation>That could not be done. Check the form and try again.</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>New term…</source>
        <translation>New term…</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>New course…</translation>
    </message>
    <message>
        <source>Edit course…</source>
        <translation>Edit course…</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Cancel session…</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Add session…</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>Roster…</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Sessions of the course</source>
        <translation>Sessions of the course</translation>
    </message>
    <message>
        <source>{what} ({keys})</source>
        <translation>{what} ({keys})</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Courses {term}</source>
        <translation>Courses {term}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sessions of {course}</source>
        <translation>Sessions of {course}</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>cancelled: {reason}</translation>
    </message>
    <message>
        <source>moved from {when}</source>
        <translation>moved from {when}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Term saved.</source>
        <translation>Term saved.</translation>
    </message>
    <message>
        <source>Course saved with its sessions.</source>
        <translation>Course saved with its sessions.</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Event saved.</translation>
    </message>
    <message>
        <source>Session moved.</source>
        <translation>Session moved.</translation>
    </message>
    <message>
        <source>Session added.</source>
        <translation>Session added.</translation>
    </message>
    <message>
        <source>Session cancelled.</source>
        <translation>Session cancelled.</translation>
    </message>
    <message>
        <source>Call list of a cancelled session</source>
        <translation>Call list of a cancelled session</translation>
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
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database file is damaged</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <source>The database file is damaged, so frontdesk cannot use it.</source>
        <translation>The database file is damaged, so frontdesk cannot use it.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged file was moved aside to {path}</source>
        <translation>Nothing was deleted: the damaged file was moved aside to {path}</translation>
    </message>
    <message>
        <source>The newest good backup is from {time} ({kind}). It holds:</source>
        <translation>The newest good backup is from {time} ({kind}). It holds:</translation>
    </message>
    <message>
        <source>This backup</source>
        <translation>This backup</translation>
    </message>
    <message>
        <source>Restoring puts this backup in place of the damaged file; what was entered after {time} is not in it. Then staff sign in as usual.</source>
        <translation>Restoring puts this backup in place of the damaged file; what was entered after {time} is not in it. Then staff sign in as usual.</translation>
    </message>
    <message>
        <source>Restore from this backup</source>
        <translation>Restore from this backup</translation>
    </message>
    <message>
        <source>No good backup was found on this computer. Please call your administrator: they can list the backups with “frontdesk-admin backups” and restore one with “frontdesk-admin restore”. Until then, do not use frontdesk on this computer.</source>
        <translation>No good backup was found on this computer. Please call your administrator: they can list the backups with “frontdesk-admin backups” and restore one with “frontdesk-admin restore”. Until then, do not use frontdesk on this computer.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Visits per hour, today</source>
        <translation>Visits per hour, today</translation>
    </message>
    <message>
        <source>People and visits per day</source>
        <translation>People and visits per day</translation>
    </message>
    <message>
        <source>By purpose of the visit</source>
        <translation>By purpose of the visit</translation>
    </message>
    <message>
        <source>By age on {day}</source>
        <translation>By age on {day}</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>By age</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>By community</translation>
    </message>
    <message>
        <source>By living situation</source>
        <translation>By living situation</translation>
    </message>
    <message>
        <source>Class attendance rates, best attended courses</source>
        <translation>Class attendance rates, best attended courses</translation>
    </message>
    <message>
        <source>Care-station appointments (visits)</source>
        <translation>Care-station appointments (visits)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
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
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>The last day is before the first: choose the days again.</source>
        <translation>The last day is before the first: choose the days again.</translation>
    </message>
    <message>
        <source>Figures as of {time}</source>
        <translation>Figures as of {time}</translation>
    </message>
    <message>
        <source>all communities</source>
        <translation>all communities</translation>
    </message>
    <message>
        <source>{span} · {where}</source>
        <translation>{span} · {where}</translation>
    </message>
</context>
<context>
    <name>DocumentPrint</name>
    <message>
        <source>Printing {document}…</source>
        <translation>Printing {document}…</translation>
    </message>
    <message>
        <source>{document} was not printed: {why}</source>
        <translation>{document} was not printed: {why}</translation>
    </message>
    <message>
        <source>{why}

Save {document} as a PDF instead?</source>
        <translation>{why}

Save {document} as a PDF instead?</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>{document} saved as {path}</source>
        <translation>{document} saved as {path}</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>{path} could not be written.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Sa&amp;ve the rows with problems…</source>
        <translation>Sa&amp;ve the rows with problems…</translation>
    </message>
    <message>
        <source>A table of the rows not imported, with the reason beside each: fix them and import that file</source>
        <translation>A table of the rows not imported, with the reason beside each: fix them and import that file</translation>
    </message>
    <message>
        <source>Im&amp;port another file</source>
        <translation>Im&amp;port another file</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>This person may be registered already. Nothing has been saved yet.</source>
        <translation>This person may be registered already. Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>It is a different person: save this record as well</source>
        <translation>It is a different person: save this record as well</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Go back to the form and change it</source>
        <translation>Go back to the form and change it</translation>
    </message>
    <message>
        <source>Open existing record</source>
        <translation>Open existing record</translation>
    </message>
    <message>
        <source>Open {name}&apos;s record instead; what you typed is kept</source>
        <translation>Open {name}&apos;s record instead; what you typed is kept</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll {name}</source>
        <translation>Enroll {name}</translation>
    </message>
    <message>
        <source>Enroll {name} in a course or event</source>
        <translation>Enroll {name} in a course or event</translation>
    </message>
    <message>
        <source>Course: first characters or pinyin initials</source>
        <translation>Course: first characters or pinyin initials</translation>
    </message>
    <message>
        <source>Arrows choose a course; Enter enrolls</source>
        <translation>Arrows choose a course; Enter enrolls</translation>
    </message>
    <message>
        <source>Companions who come with the resident and take a place each</source>
        <translation>Companions who come with the resident and take a place each</translation>
    </message>
    <message>
        <source>&amp;Companions</source>
        <translation>&amp;Companions</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <source>Enroll the resident in the chosen course (Enter)</source>
        <translation>Enroll the resident in the chosen course (Enter)</translation>
    </message>
    <message>
        <source>The course is full: put the resident on its waiting list (Alt+W)</source>
        <translation>The course is full: put the resident on its waiting list (Alt+W)</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <source>Print the enrollment slip of what was just done (F9)</source>
        <translation>Print the enrollment slip of what was just done (F9)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>No course or event is open to enroll.</source>
        <translation>No course or event is open to enroll.</translation>
    </message>
    <message>
        <source>{name}&apos;s enrollment slip</source>
        <translation>{name}&apos;s enrollment slip</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>{title} is full ({capacity} places, {free} free, {waiting} waiting). Put them on the waiting list?</source>
        <translation>{title} is full ({capacity} places, {free} free, {waiting} waiting). Put them on the waiting list?</translation>
    </message>
    <message>
        <source>{name} is already enrolled in {title}.</source>
        <translation>{name} is already enrolled in {title}.</translation>
    </message>
    <message>
        <source>{name} is already on the waiting list for {title} (number {position}).</source>
        <translation>{name} is already on the waiting list for {title} (number {position}).</translation>
    </message>
    <message>
        <source>This enrollment was already withdrawn.</source>
        <translation>This enrollment was already withdrawn.</translation>
    </message>
    <message>
        <source>{title} allows at most {max} companions per resident.</source>
        <translation>{title} allows at most {max} companions per resident.</translation>
    </message>
    <message>
        <source>Companions: 0 to {max}.</source>
        <translation>Companions: 0 to {max}.</translation>
    </message>
    <message>
        <source>Say why they withdraw.</source>
        <translation>Say why they withdraw.</translation>
    </message>
    <message>
        <source>The reason can be at most {max} characters.</source>
        <translation>The reason can be at most {max} characters.</translation>
    </message>
    <message>
        <source>{title} is not a vocational course: it records no outcome.</source>
        <translation>{title} is not a vocational course: it records no outcome.</translation>
    </message>
    <message>
        <source>Enter the employer.</source>
        <translation>Enter the employer.</translation>
    </message>
    <message>
        <source>The employer can be at most {max} characters.</source>
        <translation>The employer can be at most {max} characters.</translation>
    </message>
    <message>
        <source>The day they started work cannot be in the future.</source>
        <translation>The day they started work cannot be in the future.</translation>
    </message>
    <message>
        <source>They never had a place in this course: no outcome to record.</source>
        <translation>They never had a place in this course: no outcome to record.</translation>
    </message>
    <message>
        <source>This course is no longer there.</source>
        <translation>This course is no longer there.</translation>
    </message>
    <message>
        <source>{title} has ended: it takes no more enrollments.</source>
        <translation>{title} has ended: it takes no more enrollments.</translation>
    </message>
    <message>
        <source>This enrollment is no longer there.</source>
        <translation>This enrollment is no longer there.</translation>
    </message>
    <message>
        <source>This resident&apos;s record is no longer there.</source>
        <translation>This resident&apos;s record is no longer there.</translation>
    </message>
    <message>
        <source>{name}&apos;s record is archived: restore it to enroll.</source>
        <translation>{name}&apos;s record is archived: restore it to enroll.</translation>
    </message>
    <message>
        <source>This class session is no longer there.</source>
        <translation>This class session is no longer there.</translation>
    </message>
    <message>
        <source>This session was cancelled ({reason}): nobody attends it.</source>
        <translation>This session was cancelled ({reason}): nobody attends it.</translation>
    </message>
    <message>
        <source>This session is on {day}, not today.</source>
        <translation>This session is on {day}, not today.</translation>
    </message>
    <message>
        <source>This session is on {day}: it cannot be ticked before then.</source>
        <translation>This session is on {day}: it cannot be ticked before then.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Your role may not do this.</translation>
    </message>
    <message>
        <source>This could not be done. Please try again.</source>
        <translation>This could not be done. Please try again.</translation>
    </message>
    <message>
        <source>{present} here ({people} with companions) of {capacity}</source>
        <translation>{present} here ({people} with companions) of {capacity}</translation>
    </message>
    <message>
        <source>{name} is in</source>
        <translation>{name} is in</translation>
    </message>
    <message>
        <source>{name} let in and registered</source>
        <translation>{name} let in and registered</translation>
    </message>
    <message>
        <source>{name} was already ticked</source>
        <translation>{name} was already ticked</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no sessions planned</source>
        <translation>no sessions planned</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} free</translation>
    </message>
    <message>
        <source>full · {waiting} waiting</source>
        <translation>full · {waiting} waiting</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <source>waiting, number {position}</source>
        <translation>waiting, number {position}</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <source>¥{amount}</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <source>{name} enrolled in {title} with {count} companions.</source>
        <translation>{name} enrolled in {title} with {count} companions.</translation>
    </message>
    <message>
        <source>{name} enrolled in {title}.</source>
        <translation>{name} enrolled in {title}.</translation>
    </message>
    <message>
        <source>{name} is on the waiting list for {title}: number {position}.</source>
        <translation>{name} is on the waiting list for {title}: number {position}.</translation>
    </message>
    <message>
        <source>Join &amp;waiting list (number {position})</source>
        <translation>Join &amp;waiting list (number {position})</translation>
    </message>
    <message>
        <source>Withdrawn from {title}; moved up: {names}.</source>
        <translation>Withdrawn from {title}; moved up: {names}.</translation>
    </message>
    <message>
        <source>Withdrawn from {title}.</source>
        <translation>Withdrawn from {title}.</translation>
    </message>
    <message>
        <source>Present {present} / enrolled {enrolled}</source>
        <translation>Present {present} / enrolled {enrolled}</translation>
    </message>
    <message>
        <source> · companions {count}</source>
        <translation> · companions {count}</translation>
    </message>
    <message>
        <source>{name} checked in, with {count} companions</source>
        <translation>{name} checked in, with {count} companions</translation>
    </message>
    <message>
        <source>{name} checked in</source>
        <translation>{name} checked in</translation>
    </message>
    <message>
        <source>{name} was already checked in</source>
        <translation>{name} was already checked in</translation>
    </message>
    <message>
        <source>{name} is on the waiting list, not enrolled</source>
        <translation>{name} is on the waiting list, not enrolled</translation>
    </message>
    <message>
        <source>{name} is not registered: places are left, let them in anyway?</source>
        <translation>{name} is not registered: places are left, let them in anyway?</translation>
    </message>
    <message>
        <source>Card not valid: no resident has this code</source>
        <translation>Card not valid: no resident has this code</translation>
    </message>
    <message>
        <source>80+</source>
        <translation>80+</translation>
    </message>
    <message>
        <source>lives alone</source>
        <translation>lives alone</translation>
    </message>
    <message>
        <source>cane</source>
        <translation>cane</translation>
    </message>
    <message>
        <source>walker</source>
        <translation>walker</translation>
    </message>
    <message>
        <source>wheelchair</source>
        <translation>wheelchair</translation>
    </message>
    <message>
        <source>{name} is not registered: room to let them in</source>
        <translation>{name} is not registered: room to let them in</translation>
    </message>
    <message>
        <source>{name} is not enrolled in this class</source>
        <translation>{name} is not enrolled in this class</translation>
    </message>
    <message>
        <source>{text} · {count}</source>
        <translation>{text} · {count}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>employed at {employer}</source>
        <translation>employed at {employer}</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>employed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>Companions</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>{attended}/{held} · {percent}%</source>
        <translation>{attended}/{held} · {percent}%</translation>
    </message>
    <message>
        <source>{when} · cancelled</source>
        <translation>{when} · cancelled</translation>
    </message>
    <message>
        <source>{standing}, +{count}</source>
        <translation>{standing}, +{count}</translation>
    </message>
    <message>
        <source>at check-in</source>
        <translation>at check-in</translation>
    </message>
    <message>
        <source>at the door</source>
        <translation>at the door</translation>
    </message>
    <message>
        <source>on the roster</source>
        <translation>on the roster</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>{name} (guest)</source>
        <translation>{name} (guest)</translation>
    </message>
    <message>
        <source>{count}, came {came}</source>
        <translation>{count}, came {came}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>present {time} {how}</source>
        <translation>present {time} {how}</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
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
        <source>{name}, {age}</source>
        <translation>{name}, {age}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>e.g. 健康讲座：冬季防跌倒</source>
        <translation>e.g. 健康讲座：冬季防跌倒</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Set-up minutes</source>
        <translation>Set-up minutes</translation>
    </message>
    <message>
        <source>Clean-up minutes</source>
        <translation>Clean-up minutes</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Companions per guest</source>
        <translation>Companions per guest</translation>
    </message>
    <message>
        <source>Speaker or host</source>
        <translation>Speaker or host</translation>
    </message>
    <message>
        <source>Save event</source>
        <translation>Save event</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <source>An Excel or WPS table (.xlsx, .xls), an OpenDocument table (.ods) or a .csv file. Type its place, choose it with Browse…, or drop the file here.</source>
        <translation>An Excel or WPS table (.xlsx, .xls), an OpenDocument table (.ods) or a .csv file. Type its place, choose it with Browse…, or drop the file here.</translation>
    </message>
    <message>
        <source>The roster file</source>
        <translation>The roster file</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Choose the roster file (Alt+R)</source>
        <translation>Choose the roster file (Alt+R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Read {name}, sheet “{sheet}”: {count} rows with something in them.</source>
        <translation>Read {name}, sheet “{sheet}”: {count} rows with something in them.</translation>
    </message>
    <message>
        <source>Read {name}: {count} rows with something in them.</source>
        <translation>Read {name}: {count} rows with something in them.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show the residents of one community</source>
        <translation>Show the residents of one community</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Show the archived residents (moved away, deceased, merged) instead</source>
        <translation>Show the archived residents (moved away, deceased, merged) instead</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>Only:</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>This is the first start: create the administrator&apos;s account.</source>
        <translation>This is the first start: create the administrator&apos;s account.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Name shown</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>18 characters; fills date of birth and sex</source>
        <translation>18 characters; fills date of birth and sex</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the full ID number (written to the audit log)</source>
        <translation>Show the full ID number (written to the audit log)</translation>
    </message>
    <message>
        <source>Show the full phone numbers, the emergency contact&apos;s too (written to the audit log)</source>
        <translation>Show the full phone numbers, the emergency contact&apos;s too (written to the audit log)</translation>
    </message>
    <message>
        <source>Card and notes</source>
        <translation>Card and notes</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>e.g. {example}</translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translation>Choose or type</translation>
    </message>
    <message>
        <source>Print consent form</source>
        <translation>Print consent form</translation>
    </message>
    <message>
        <source>Print the consent form for the resident to sign, with the boxes ticked as in this form (Ctrl+P)</source>
        <translation>Print the consent form for the resident to sign, with the boxes ticked as in this form (Ctrl+P)</translation>
    </message>
    <message>
        <source>Consent to personal information processing</source>
        <translation>Consent to personal information processing</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>Agreed to</translation>
    </message>
    <message>
        <source>Recorded by {name}</source>
        <translation>Recorded by {name}</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Not recorded yet</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Living situation and care</source>
        <translation>Living situation and care</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>{field} *</source>
        <translation>{field} *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>Headlines</name>
    <message>
        <source>Visits today (each check-in counted)</source>
        <translation>Visits today (each check-in counted)</translation>
    </message>
    <message>
        <source>People today (different residents)</source>
        <translation>People today (different residents)</translation>
    </message>
    <message>
        <source>People in the building now</source>
        <translation>People in the building now</translation>
    </message>
    <message>
        <source>Visits in the period (each check-in counted)</source>
        <translation>Visits in the period (each check-in counted)</translation>
    </message>
    <message>
        <source>People in the period (different residents)</source>
        <translation>People in the period (different residents)</translation>
    </message>
    <message>
        <source>People newly registered in the period</source>
        <translation>People newly registered in the period</translation>
    </message>
    <message>
        <source>People on the welfare watch now</source>
        <translation>People on the welfare watch now</translation>
    </message>
    <message>
        <source>Open the call list</source>
        <translation>Open the call list</translation>
    </message>
    <message>
        <source>The welfare-watch call list on the check-in page</source>
        <translation>The welfare-watch call list on the check-in page</translation>
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
        <source>Print list…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <source>The list of who is in the building, for an evacuation</source>
        <translation>The list of who is in the building, for an evacuation</translation>
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
    <message>
        <source>Print call list…</source>
        <translation>Print call list…</translation>
    </message>
    <message>
        <source>The welfare call list, with what a caller needs</source>
        <translation>The welfare call list, with what a caller needs</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Sign in as someone else</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Please sign in</source>
        <translation>Please sign in</translation>
    </message>
    <message>
        <source>Locked — please enter the password</source>
        <translation>Locked — please enter the password</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Please wait…</translation>
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
        <source>&amp;Lock screen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>Lock screen (Ctrl+L)</source>
        <translation>Lock screen (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Switch staff…</source>
        <translation>&amp;Switch staff…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
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
        <source>{role}: {name}</source>
        <translation>{role}: {name}</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>For one person registered twice. Choose the record to keep: the other one&apos;s visits move to it, its empty fields are filled from the other, and the other record is archived. A merge can be undone.</source>
        <translation>For one person registered twice. Choose the record to keep: the other one&apos;s visits move to it, its empty fields are filled from the other, and the other record is archived. A merge can be undone.</translation>
    </message>
    <message>
        <source>Keep: {record}</source>
        <translation>Keep: {record}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>{name}&apos;s record will get {visits} visits and these fields: {fields}. The other record is archived.</source>
        <translation>{name}&apos;s record will get {visits} visits and these fields: {fields}. The other record is archived.</translation>
    </message>
</context>
<context>
    <name>MonthlyTab</name>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>The month&apos;s report in the print preview (Ctrl+P)</source>
        <translation>The month&apos;s report in the print preview (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>The month&apos;s figures as an Excel workbook (.xlsx)</source>
        <translation>The month&apos;s figures as an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>Visits (each check-in counted)</source>
        <translation>Visits (each check-in counted)</translation>
    </message>
    <message>
        <source>People (different residents)</source>
        <translation>People (different residents)</translation>
    </message>
    <message>
        <source>Newly registered (people)</source>
        <translation>Newly registered (people)</translation>
    </message>
    <message>
        <source>Archived (people)</source>
        <translation>Archived (people)</translation>
    </message>
    <message>
        <source>On file at the month&apos;s end (people)</source>
        <translation>On file at the month&apos;s end (people)</translation>
    </message>
    <message>
        <source>Classes: courses · sessions held · attendances (visits)</source>
        <translation>Classes: courses · sessions held · attendances (visits)</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Events: held · attendances (visits)</source>
        <translation>Events: held · attendances (visits)</translation>
    </message>
    <message>
        <source>Care services completed (visits) · no-shows</source>
        <translation>Care services completed (visits) · no-shows</translation>
    </message>
    <message>
        <source>Partners taking part · their visits · hours</source>
        <translation>Partners taking part · their visits · hours</translation>
    </message>
    <message>
        <source>Vocational training: enrolled · finished · employed (people)</source>
        <translation>Vocational training: enrolled · finished · employed (people)</translation>
    </message>
    <message>
        <source>On the welfare watch (people)</source>
        <translation>On the welfare watch (people)</translation>
    </message>
    <message>
        <source>all communities</source>
        <translation>all communities</translation>
    </message>
    <message>
        <source>Monthly report {year}-{month:02d} · {where}</source>
        <translation>Monthly report {year}-{month:02d} · {where}</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>{path} could not be written.</translation>
    </message>
    <message>
        <source>{document} saved as {path}</source>
        <translation>{document} saved as {path}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move a session</source>
        <translation>Move a session</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>New day</source>
        <translation>New day</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>NoShowPanel</name>
    <message>
        <source>Mark who did not come</source>
        <translation>Mark who did not come</translation>
    </message>
    <message>
        <source>After the day&apos;s last slot: the appointments still only booked</source>
        <translation>After the day&apos;s last slot: the appointments still only booked</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>The selected one was called</source>
        <translation>The selected one was called</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Book the offered place for the resident</source>
        <translation>Book the offered place for the resident</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>The resident does not want it: leave the waiting list</source>
        <translation>The resident does not want it: leave the waiting list</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Classes &amp; Rooms</source>
        <translation>Classes &amp; Rooms</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>What they offer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Agreement until</source>
        <translation>Agreement until</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>{date} · expired</source>
        <translation>{date} · expired</translation>
    </message>
    <message>
        <source>{date} · renewal due</source>
        <translation>{date} · renewal due</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>PartnersRecordTab</name>
    <message>
        <source>Include partners with nothing in the period</source>
        <translation>Include partners with nothing in the period</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation>Agreement ends</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>⚠ Renewal due</source>
        <translation>⚠ Renewal due</translation>
    </message>
    <message>
        <source>The selected partner</source>
        <translation>The selected partner</translation>
    </message>
    <message>
        <source>Print service record…</source>
        <translation>Print service record…</translation>
    </message>
    <message>
        <source>The selected partner&apos;s statement for the period, in the print preview</source>
        <translation>The selected partner&apos;s statement for the period, in the print preview</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>The partners&apos; records as an Excel workbook (.xlsx)</source>
        <translation>The partners&apos; records as an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>The last day is before the first: choose the days again.</source>
        <translation>The last day is before the first: choose the days again.</translation>
    </message>
    <message>
        <source>{partner} (no longer active)</source>
        <translation>{partner} (no longer active)</translation>
    </message>
    <message>
        <source>Choose a partner in the table to see what they delivered.</source>
        <translation>Choose a partner in the table to see what they delivered.</translation>
    </message>
    <message>
        <source>Contact: {contact}</source>
        <translation>Contact: {contact}</translation>
    </message>
    <message>
        <source>Agreement: {start} to {end}</source>
        <translation>Agreement: {start} to {end}</translation>
    </message>
    <message>
        <source>{people} · {visits} · {hours} of service</source>
        <translation>{people} · {visits} · {hours} of service</translation>
    </message>
    <message>
        <source>{title}: {sessions} sessions · {people} · {visits}</source>
        <translation>{title}: {sessions} sessions · {people} · {visits}</translation>
    </message>
    <message>
        <source>{name}: {visits} completed · {people}</source>
        <translation>{name}: {visits} completed · {people}</translation>
    </message>
    <message>
        <source>Nothing delivered in the period.</source>
        <translation>Nothing delivered in the period.</translation>
    </message>
    <message>
        <source>all partners</source>
        <translation>all partners</translation>
    </message>
    <message>
        <source>Service record: {partner}</source>
        <translation>Service record: {partner}</translation>
    </message>
    <message>
        <source>Community partners&apos; record</source>
        <translation>Community partners&apos; record</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>{path} could not be written.</translation>
    </message>
    <message>
        <source>{document} saved as {path}</source>
        <translation>{document} saved as {path}</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Filter by name, kind, what they offer, contact</source>
        <translation>Filter by name, kind, what they offer, contact</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>New partner (Ctrl+N)</source>
        <translation>New partner (Ctrl+N)</translation>
    </message>
    <message>
        <source>Community partners</source>
        <translation>Community partners</translation>
    </message>
    <message>
        <source>{date} · renewal due</source>
        <translation>{date} · renewal due</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>e.g. 康寿养老院</source>
        <translation>e.g. 康寿养老院</translation>
    </message>
    <message>
        <source>e.g. 护理、理疗、健康讲座</source>
        <translation>e.g. 护理、理疗、健康讲座</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation>Save partner</translation>
    </message>
    <message>
        <source>Save (Enter in a field)</source>
        <translation>Save (Enter in a field)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>What they offer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Agreement from</source>
        <translation>Agreement from</translation>
    </message>
    <message>
        <source>Agreement until</source>
        <translation>Agreement until</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The partner&apos;s people</source>
        <translation>The partner&apos;s people</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Save person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>{partner}: people</source>
        <translation>{partner}: people</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>PatternRows</name>
    <message>
        <source>Add a weekly meeting</source>
        <translation>Add a weekly meeting</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <source>Checked in at {time} · {purpose}</source>
        <translation>Checked in at {time} · {purpose}</translation>
    </message>
    <message>
        <source>In for</source>
        <translation>In for</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview: {title}</source>
        <translation>Print preview: {title}</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> of {count}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>the default printer</source>
        <translation>the default printer</translation>
    </message>
    <message>
        <source>{document} sent to {printer}</source>
        <translation>{document} sent to {printer}</translation>
    </message>
    <message>
        <source>No printer is chosen and this computer has no default printer: choose one in Settings → Printing.</source>
        <translation>No printer is chosen and this computer has no default printer: choose one in Settings → Printing.</translation>
    </message>
    <message>
        <source>The printer {printer} is not on this computer (any more): choose another in Settings → Printing.</source>
        <translation>The printer {printer} is not on this computer (any more): choose another in Settings → Printing.</translation>
    </message>
    <message>
        <source>The printer {printer} is stopped or has a fault (paper, cover, cable?).</source>
        <translation>The printer {printer} is stopped or has a fault (paper, cover, cable?).</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the document.</source>
        <translation>The printer {printer} did not take the document.</translation>
    </message>
    <message>
        <source>The print system did not answer in time; the document may still come out of {printer}.</source>
        <translation>The print system did not answer in time; the document may still come out of {printer}.</translation>
    </message>
</context>
<context>
    <name>PrintingSection</name>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Card 85.6 × 54 mm</source>
        <translation>Card 85.6 × 54 mm</translation>
    </message>
    <message>
        <source>Printing (this computer)</source>
        <translation>Printing (this computer)</translation>
    </message>
    <message>
        <source>Print a visit slip at every check-in</source>
        <translation>Print a visit slip at every check-in</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>A test page to the visit-slip printer, on its paper</source>
        <translation>A test page to the visit-slip printer, on its paper</translation>
    </message>
    <message>
        <source>The printer for this document</source>
        <translation>The printer for this document</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>right </source>
        <translation>right </translation>
    </message>
    <message>
        <source>down </source>
        <translation>down </translation>
    </message>
    <message>
        <source>For a printer that prints off-centre: move the page, in millimetres</source>
        <translation>For a printer that prints off-centre: move the page, in millimetres</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>none set</translation>
    </message>
    <message>
        <source>The system&apos;s default printer ({name})</source>
        <translation>The system&apos;s default printer ({name})</translation>
    </message>
    <message>
        <source>{name} (not on this computer)</source>
        <translation>{name} (not on this computer)</translation>
    </message>
    <message>
        <source>This computer has no printer installed: documents can be saved as PDF.</source>
        <translation>This computer has no printer installed: documents can be saved as PDF.</translation>
    </message>
    <message>
        <source>Not on this computer (any more): {names}. Choose another printer for those documents.</source>
        <translation>Not on this computer (any more): {names}. Choose another printer for those documents.</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Printing a test page…</translation>
    </message>
    <message>
        <source>The test page</source>
        <translation>The test page</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Archived residents (moved away, deceased) are kept for the retention period, then anonymised: name, ID number, phones, address, emergency contact, health data, notes and card are removed. Sex, birth year, community and visits stay, for statistics.</source>
        <translation>Archived residents (moved away, deceased) are kept for the retention period, then anonymised: name, ID number, phones, address, emergency contact, health data, notes and card are removed. Sex, birth year, community and visits stay, for statistics.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>How long archived residents are kept before anonymisation (default 3 years)</source>
        <translation>How long archived residents are kept before anonymisation (default 3 years)</translation>
    </message>
    <message>
        <source>Save retention period</source>
        <translation>Save retention period</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Remove names and identifiers of those past the retention period</source>
        <translation>Remove names and identifiers of those past the retention period</translation>
    </message>
    <message>
        <source>Keep archived residents for</source>
        <translation>Keep archived residents for</translation>
    </message>
    <message>
        <source>Archived residents past the retention period: {count}</source>
        <translation>Archived residents past the retention period: {count}</translation>
    </message>
    <message>
        <source>No archived resident is past the retention period.</source>
        <translation>No archived resident is past the retention period.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Retention period saved: {years} years.</source>
        <translation>Retention period saved: {years} years.</translation>
    </message>
    <message>
        <source>Anonymise archived residents?</source>
        <translation>Anonymise archived residents?</translation>
    </message>
    <message>
        <source>{count} archived residents have been archived for more than the retention period ({years} years). Their name, ID number, phones, address, emergency contact, health data, notes and member card will be removed for good; this cannot be undone. Sex, birth year, community and their visits stay, so statistics and reports still count them.</source>
        <translation>{count} archived residents have been archived for more than the retention period ({years} years). Their name, ID number, phones, address, emergency contact, health data, notes and member card will be removed for good; this cannot be undone. Sex, birth year, community and their visits stay, so statistics and reports still count them.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonymising…</translation>
    </message>
    <message>
        <source>{count} archived residents anonymised: their names and identifiers are removed, visits still count.</source>
        <translation>{count} archived residents anonymised: their names and identifiers are removed, visits still count.</translation>
    </message>
    <message>
        <source>The data as it was is kept in the backup {path} for 30 days (the second backup folder could not be reached).</source>
        <translation>The data as it was is kept in the backup {path} for 30 days (the second backup folder could not be reached).</translation>
    </message>
    <message>
        <source>The data as it was is kept in the backup {path} for 30 days.</source>
        <translation>The data as it was is kept in the backup {path} for 30 days.</translation>
    </message>
    <message>
        <source>Nothing was anonymised: the backup taken first could not be made: {reason}</source>
        <translation>Nothing was anonymised: the backup taken first could not be made: {reason}</translation>
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
    <name>Prompts</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Next  F8</source>
        <translation>Next  F8</translation>
    </message>
    <message>
        <source>Call the next one waiting (F8)</source>
        <translation>Call the next one waiting (F8)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>The selected one is done (Alt+F)</source>
        <translation>The selected one is done (Alt+F)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>The selected one left without being served</source>
        <translation>The selected one left without being served</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Walk-in…</translation>
    </message>
    <message>
        <source>Register a walk-in (Alt+W)</source>
        <translation>Register a walk-in (Alt+W)</translation>
    </message>
    <message>
        <source>The station&apos;s queue is not available on this desk yet.</source>
        <translation>The station&apos;s queue is not available on this desk yet.</translation>
    </message>
</context>
<context>
    <name>ReachNotice</name>
    <message>
        <source>⚠ The database is in use by another program; trying again…</source>
        <translation>⚠ The database is in use by another program; trying again…</translation>
    </message>
    <message>
        <source>⚠ The database server is not answering; trying again…</source>
        <translation>⚠ The database server is not answering; trying again…</translation>
    </message>
</context>
<context>
    <name>RecordVitalsDialog</name>
    <message>
        <source>Record readings: {name}</source>
        <translation>Record readings: {name}</translation>
    </message>
    <message>
        <source>New readings for {name}</source>
        <translation>New readings for {name}</translation>
    </message>
    <message>
        <source>upper, e.g. 135</source>
        <translation>upper, e.g. 135</translation>
    </message>
    <message>
        <source>lower, e.g. 85</source>
        <translation>lower, e.g. 85</translation>
    </message>
    <message>
        <source>e.g. 72</source>
        <translation>e.g. 72</translation>
    </message>
    <message>
        <source>e.g. 6.1</source>
        <translation>e.g. 6.1</translation>
    </message>
    <message>
        <source>e.g. 58.5</source>
        <translation>e.g. 58.5</translation>
    </message>
    <message>
        <source>e.g. dizzy this morning; took the pill before coming</source>
        <translation>e.g. dizzy this morning; took the pill before coming</translation>
    </message>
    <message>
        <source>Fasting</source>
        <translation>Fasting</translation>
    </message>
    <message>
        <source>After a meal / random</source>
        <translation>After a meal / random</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Blood pressure</source>
        <translation>&amp;Blood pressure</translation>
    </message>
    <message>
        <source>&amp;Pulse</source>
        <translation>&amp;Pulse</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>Blood &amp;sugar</source>
        <translation>Blood &amp;sugar</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
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
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
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
        <source>Under 60</source>
        <translation>Under 60</translation>
    </message>
    <message>
        <source>60–69</source>
        <translation>60–69</translation>
    </message>
    <message>
        <source>70–79</source>
        <translation>70–79</translation>
    </message>
    <message>
        <source>80–89</source>
        <translation>80–89</translation>
    </message>
    <message>
        <source>90 and over</source>
        <translation>90 and over</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Age not known</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Lives alone</translation>
    </message>
    <message>
        <source>Empty-nest</source>
        <translation>Empty-nest</translation>
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
        <source>Low-income allowance</source>
        <translation>Low-income allowance</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>None of these</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>Social organisation</translation>
    </message>
    <message>
        <source>Capable resident</source>
        <translation>Capable resident</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Chosen days</translation>
    </message>
    <message>
        <source>No community given</source>
        <translation>No community given</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>{count} visits</source>
        <translation>{count} visits</translation>
    </message>
    <message>
        <source>People (different residents)</source>
        <translation>People (different residents)</translation>
    </message>
    <message>
        <source>Visits (each time counted)</source>
        <translation>Visits (each time counted)</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>You may not see these figures.</source>
        <translation>You may not see these figures.</translation>
    </message>
    <message>
        <source>Choose a shorter period.</source>
        <translation>Choose a shorter period.</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>The figures could not be read.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Community partners</source>
        <translation>Community partners</translation>
    </message>
    <message>
        <source>{attendances} of {expected} expected · {people} · {sessions} sessions</source>
        <translation>{attendances} of {expected} expected · {people} · {sessions} sessions</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Attendance rate (%)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
</context>
<context>
    <name>ResidentAppointments</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrived</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>in service</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
</context>
<context>
    <name>ResidentAppointmentsDialog</name>
    <message>
        <source>{name}&apos;s appointments</source>
        <translation>{name}&apos;s appointments</translation>
    </message>
    <message>
        <source>Why it is cancelled (the resident rang, ill…)</source>
        <translation>Why it is cancelled (the resident rang, ill…)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>And the rest of its series</source>
        <translation>And the rest of its series</translation>
    </message>
    <message>
        <source>&amp;Cancel appointment</source>
        <translation>&amp;Cancel appointment</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>Say why the appointment is cancelled.</translation>
    </message>
    <message>
        <source>Cancelled {count} appointment(s).</source>
        <translation>Cancelled {count} appointment(s).</translation>
    </message>
    <message>
        <source>The reason can be at most {max} characters.</source>
        <translation>The reason can be at most {max} characters.</translation>
    </message>
    <message>
        <source>This appointment can no longer be cancelled.</source>
        <translation>This appointment can no longer be cancelled.</translation>
    </message>
    <message>
        <source>This appointment is no longer there.</source>
        <translation>This appointment is no longer there.</translation>
    </message>
    <message>
        <source>This could not be done. Please try again.</source>
        <translation>This could not be done. Please try again.</translation>
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
        <source>Book…</source>
        <translation>Book…</translation>
    </message>
    <message>
        <source>Book a care-station appointment for the resident (F10)</source>
        <translation>Book a care-station appointment for the resident (F10)</translation>
    </message>
    <message>
        <source>Enroll…</source>
        <translation>Enroll…</translation>
    </message>
    <message>
        <source>Enroll the resident in a course or event (F11)</source>
        <translation>Enroll the resident in a course or event (F11)</translation>
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
    <name>ResidentClassesDialog</name>
    <message>
        <source>{name}&apos;s courses</source>
        <translation>{name}&apos;s courses</translation>
    </message>
    <message>
        <source>Courses and events of {name}</source>
        <translation>Courses and events of {name}</translation>
    </message>
    <message>
        <source>Coming sessions</source>
        <translation>Coming sessions</translation>
    </message>
    <message>
        <source>Why they withdraw (moved away, unwell…)</source>
        <translation>Why they withdraw (moved away, unwell…)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Withdraw from the chosen course (or leave its waiting list)</source>
        <translation>Withdraw from the chosen course (or leave its waiting list)</translation>
    </message>
    <message>
        <source>&amp;Print timetable</source>
        <translation>&amp;Print timetable</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>{name}&apos;s timetable</source>
        <translation>{name}&apos;s timetable</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S, Enter)</source>
        <translation>Save (Ctrl+S, Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>Moved away or deceased: archive the record (it is never deleted)</source>
        <translation>Moved away or deceased: archive the record (it is never deleted)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Bring the archived record back into the register</source>
        <translation>Bring the archived record back into the register</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>Resident record: {name}</source>
        <translation>Resident record: {name}</translation>
    </message>
    <message>
        <source>Archived: {reason}</source>
        <translation>Archived: {reason}</translation>
    </message>
    <message>
        <source>{name} - consent form</source>
        <translation>{name} - consent form</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Close it anyway and lose the changes?</source>
        <translation>What you typed in this form has not been saved. Close it anyway and lose the changes?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>ResidentPicker</name>
    <message>
        <source>Name / initials / last four digits of the phone</source>
        <translation>Name / initials / last four digits of the phone</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>Residents</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Address details</source>
        <translation>Address details</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Lives alone</translation>
    </message>
    <message>
        <source>Empty-nest</source>
        <translation>Empty-nest</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Low-income allowance</source>
        <translation>Low-income allowance</translation>
    </message>
    <message>
        <source>Chronic conditions</source>
        <translation>Chronic conditions</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Walking aid</source>
        <translation>Walking aid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Member card number</source>
        <translation>Member card number</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>Consent signed on</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
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
        <source>None</source>
        <translation>None</translation>
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
        <source>Cane</source>
        <translation>Cane</translation>
    </message>
    <message>
        <source>Walker</source>
        <translation>Walker</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Wheelchair</translation>
    </message>
    <message>
        <source>Disabled / semi-disabled</source>
        <translation>Disabled / semi-disabled</translation>
    </message>
    <message>
        <source>Low-income</source>
        <translation>Low-income</translation>
    </message>
    <message>
        <source>Aged 80+</source>
        <translation>Aged 80+</translation>
    </message>
    <message>
        <source>No emergency contact</source>
        <translation>No emergency contact</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>By community</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation>Merged into another record</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation>Health information</translation>
    </message>
    <message>
        <source>Shared with service partners</source>
        <translation>Shared with service partners</translation>
    </message>
    <message>
        <source>Name, contact and address: to register and serve (always needed)</source>
        <translation>Name, contact and address: to register and serve (always needed)</translation>
    </message>
    <message>
        <source>The ID number is sensitive personal information</source>
        <translation>The ID number is sensitive personal information</translation>
    </message>
    <message>
        <source>Conditions and allergies: sensitive, seen only by care staff</source>
        <translation>Conditions and allergies: sensitive, seen only by care staff</translation>
    </message>
    <message>
        <source>Passed to the partner running a service the resident signs up for</source>
        <translation>Passed to the partner running a service the resident signs up for</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <source>same member card</source>
        <translation>same member card</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>same name and date of birth</translation>
    </message>
    <message>
        <source>same phone, similar name</source>
        <translation>same phone, similar name</translation>
    </message>
    <message>
        <source>Please fill in {field}.</source>
        <translation>Please fill in {field}.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>A name may only contain Chinese characters, letters, the middle dot (·) and spaces.</source>
        <translation>A name may only contain Chinese characters, letters, the middle dot (·) and spaces.</translation>
    </message>
    <message>
        <source>This date of birth cannot be right: it must be after 1880 and not later than today.</source>
        <translation>This date of birth cannot be right: it must be after 1880 and not later than today.</translation>
    </message>
    <message>
        <source>The date of birth does not match the ID number (the ID card says {expected}).</source>
        <translation>The date of birth does not match the ID number (the ID card says {expected}).</translation>
    </message>
    <message>
        <source>The sex does not match the ID number (the ID card says {expected}).</source>
        <translation>The sex does not match the ID number (the ID card says {expected}).</translation>
    </message>
    <message>
        <source>Please type the ID number.</source>
        <translation>Please type the ID number.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (old cards: 15); this one has {count}.</source>
        <translation>An ID number has 18 characters (old cards: 15); this one has {count}.</translation>
    </message>
    <message>
        <source>An ID number is digits only; only the last character may be X.</source>
        <translation>An ID number is digits only; only the last character may be X.</translation>
    </message>
    <message>
        <source>The birth date inside the ID number (characters 7–14) is not a real date.</source>
        <translation>The birth date inside the ID number (characters 7–14) is not a real date.</translation>
    </message>
    <message>
        <source>The check digit of the ID number is wrong: please check the last character.</source>
        <translation>The check digit of the ID number is wrong: please check the last character.</translation>
    </message>
    <message>
        <source>This ID number is already registered to another resident.</source>
        <translation>This ID number is already registered to another resident.</translation>
    </message>
    <message>
        <source>This member card is already given to another resident.</source>
        <translation>This member card is already given to another resident.</translation>
    </message>
    <message>
        <source>This card was replaced by a new one and its number is void: use another card.</source>
        <translation>This card was replaced by a new one and its number is void: use another card.</translation>
    </message>
    <message>
        <source>Not a phone number: a mobile has 11 digits, starting with 1; a landline needs its area code.</source>
        <translation>Not a phone number: a mobile has 11 digits, starting with 1; a landline needs its area code.</translation>
    </message>
    <message>
        <source>There is a contact phone: please also fill in the contact&apos;s name.</source>
        <translation>There is a contact phone: please also fill in the contact&apos;s name.</translation>
    </message>
    <message>
        <source>A member card number is 4 to 32 digits.</source>
        <translation>A member card number is 4 to 32 digits.</translation>
    </message>
    <message>
        <source>This date is later than today.</source>
        <translation>This date is later than today.</translation>
    </message>
    <message>
        <source>Please choose from the list.</source>
        <translation>Please choose from the list.</translation>
    </message>
    <message>
        <source>Not a date: please type it like {example}.</source>
        <translation>Not a date: please type it like {example}.</translation>
    </message>
    <message>
        <source>{name} is already archived.</source>
        <translation>{name} is already archived.</translation>
    </message>
    <message>
        <source>{name} is checked in right now: check them out first, then archive.</source>
        <translation>{name} is checked in right now: check them out first, then archive.</translation>
    </message>
    <message>
        <source>{name} was archived by a merge: undo the merge to bring the record back.</source>
        <translation>{name} was archived by a merge: undo the merge to bring the record back.</translation>
    </message>
    <message>
        <source>The two records differ in {field}, so they cannot be merged. Correct the wrong one first.</source>
        <translation>The two records differ in {field}, so they cannot be merged. Correct the wrong one first.</translation>
    </message>
    <message>
        <source>Both records are checked in right now: check one of them out first, then merge.</source>
        <translation>Both records are checked in right now: check one of them out first, then merge.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Choose two different records to merge.</translation>
    </message>
    <message>
        <source>{name} has already been merged into another record.</source>
        <translation>{name} has already been merged into another record.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>This merge has already been undone.</translation>
    </message>
    <message>
        <source>This merge can no longer be undone: the record was anonymised and its details are gone.</source>
        <translation>This merge can no longer be undone: the record was anonymised and its details are gone.</translation>
    </message>
    <message>
        <source>{name} is archived: restore the record first.</source>
        <translation>{name} is archived: restore the record first.</translation>
    </message>
    <message>
        <source>This merge cannot be found any more.</source>
        <translation>This merge cannot be found any more.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Your role may not do this.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <source>Consent always includes basic information: tick it, or leave every box empty.</source>
        <translation>Consent always includes basic information: tick it, or leave every box empty.</translation>
    </message>
    <message>
        <source>This record cannot be found any more: another desk may have merged it. The list is refreshed.</source>
        <translation>This record cannot be found any more: another desk may have merged it. The list is refreshed.</translation>
    </message>
    <message>
        <source>Please check this field.</source>
        <translation>Please check this field.</translation>
    </message>
    <message>
        <source>That cannot be done: {code}.</source>
        <translation>That cannot be done: {code}.</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>Not saved. {problem}</translation>
    </message>
    <message>
        <source>Not read. {problem}</source>
        <translation>Not read. {problem}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved. What you typed while it was saving is not saved yet: save again to keep it.</source>
        <translation>Saved. What you typed while it was saving is not saved yet: save again to keep it.</translation>
    </message>
    <message>
        <source>Aged</source>
        <translation>Aged</translation>
    </message>
    <message>
        <source>Maybe registered already: {name} ({reason}, archived)</source>
        <translation>Maybe registered already: {name} ({reason}, archived)</translation>
    </message>
    <message>
        <source>Maybe registered already: {name} ({reason})</source>
        <translation>Maybe registered already: {name} ({reason})</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Archived: {count}</source>
        <translation>Archived: {count}</translation>
    </message>
    <message>
        <source>Residents: {count}</source>
        <translation>Residents: {count}</translation>
    </message>
    <message>
        <source>Registered: {name}</source>
        <translation>Registered: {name}</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <source>No changes to save: {name}</source>
        <translation>No changes to save: {name}</translation>
    </message>
    <message>
        <source>Archived: {name} ({reason}). Find it under “Archived”.</source>
        <translation>Archived: {name} ({reason}). Find it under “Archived”.</translation>
    </message>
    <message>
        <source>Restored: {name}</source>
        <translation>Restored: {name}</translation>
    </message>
    <message>
        <source>Merged into {name}&apos;s record: {visits} visits moved; the other record is archived.</source>
        <translation>Merged into {name}&apos;s record: {visits} visits moved; the other record is archived.</translation>
    </message>
    <message>
        <source>Merge undone: {name}&apos;s two records are apart again.</source>
        <translation>Merge undone: {name}&apos;s two records are apart again.</translation>
    </message>
    <message>
        <source>Valid ID number: born {date}, {sex}.</source>
        <translation>Valid ID number: born {date}, {sex}.</translation>
    </message>
    <message>
        <source>Valid ID number: born {date}, {sex}. Filled in date of birth and sex.</source>
        <translation>Valid ID number: born {date}, {sex}. Filled in date of birth and sex.</translation>
    </message>
    <message>
        <source>Please fill in the date the consent form was signed.</source>
        <translation>Please fill in the date the consent form was signed.</translation>
    </message>
    <message>
        <source>Tick what the resident agreed to.</source>
        <translation>Tick what the resident agreed to.</translation>
    </message>
    <message>
        <source>Exported {name}&apos;s own data to {path}</source>
        <translation>Exported {name}&apos;s own data to {path}</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>The file could not be written: {error}</translation>
    </message>
</context>
<context>
    <name>ResidentsExport</name>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>every current resident</source>
        <translation>every current resident</translation>
    </message>
    <message>
        <source>Residents {date}</source>
        <translation>Residents {date}</translation>
    </message>
</context>
<context>
    <name>ResidentsExportDialog</name>
    <message>
        <source>Export residents</source>
        <translation>Export residents</translation>
    </message>
    <message>
        <source>{count} residents: {what}</source>
        <translation>{count} residents: {what}</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (.csv, opens in Excel and WPS)</source>
        <translation>CSV file (.csv, opens in Excel and WPS)</translation>
    </message>
    <message>
        <source>Health data (chronic conditions, allergies)</source>
        <translation>Health data (chronic conditions, allergies)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>ID and phone numbers are exported masked, as the desk shows them (1402**********2002).</source>
        <translation>ID and phone numbers are exported masked, as the desk shows them (1402**********2002).</translation>
    </message>
    <message>
        <source>Full ID and phone numbers</source>
        <translation>Full ID and phone numbers</translation>
    </message>
    <message>
        <source>Full ID and phone numbers (managers only)</source>
        <translation>Full ID and phone numbers (managers only)</translation>
    </message>
    <message>
        <source>Written to the audit log with the reason given</source>
        <translation>Written to the audit log with the reason given</translation>
    </message>
    <message>
        <source>Only a manager may export full ID numbers</source>
        <translation>Only a manager may export full ID numbers</translation>
    </message>
    <message>
        <source>Why, e.g. the civil-affairs office&apos;s check of the age allowance</source>
        <translation>Why, e.g. the civil-affairs office&apos;s check of the age allowance</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Say why the full numbers are needed: the reason goes into the audit log.</source>
        <translation>Say why the full numbers are needed: the reason goes into the audit log.</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>New resident</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>Register a new resident (Ctrl+N)</source>
        <translation>Register a new resident (Ctrl+N)</translation>
    </message>
    <message>
        <source>Print cards…</source>
        <translation>Print cards…</translation>
    </message>
    <message>
        <source>Member cards of the selected residents, to preview and print (Ctrl+P)</source>
        <translation>Member cards of the selected residents, to preview and print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>The residents the filter shows, to an Excel or CSV file (Ctrl+Shift+E; written to the audit log)</source>
        <translation>The residents the filter shows, to an Excel or CSV file (Ctrl+Shift+E; written to the audit log)</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Merge the two selected…</source>
        <translation>Merge the two selected…</translation>
    </message>
    <message>
        <source>Export the resident&apos;s own data…</source>
        <translation>Export the resident&apos;s own data…</translation>
    </message>
    <message>
        <source>Export the residents shown…</source>
        <translation>Export the residents shown…</translation>
    </message>
    <message>
        <source>Print member cards…</source>
        <translation>Print member cards…</translation>
    </message>
    <message>
        <source>New member card…</source>
        <translation>New member card…</translation>
    </message>
    <message>
        <source>Health record…</source>
        <translation>Health record…</translation>
    </message>
    <message>
        <source>Blood pressure, blood sugar and the other readings, with their trend (Ctrl+H; care staff and managers; written to the audit log)</source>
        <translation>Blood pressure, blood sugar and the other readings, with their trend (Ctrl+H; care staff and managers; written to the audit log)</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>Bring residents in from the center&apos;s Excel, WPS or CSV roster (Ctrl+I; managers)</source>
        <translation>Bring residents in from the center&apos;s Excel, WPS or CSV roster (Ctrl+I; managers)</translation>
    </message>
    <message>
        <source>A new card number (a lost or broken card, or the first card); the old card stops working</source>
        <translation>A new card number (a lost or broken card, or the first card); the old card stops working</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Book…</translation>
    </message>
    <message>
        <source>Book a care-station appointment for the selected resident</source>
        <translation>Book a care-station appointment for the selected resident</translation>
    </message>
    <message>
        <source>Appointments…</source>
        <translation>Appointments…</translation>
    </message>
    <message>
        <source>Enroll…</source>
        <translation>Enroll…</translation>
    </message>
    <message>
        <source>Enroll the selected resident in a course or event</source>
        <translation>Enroll the selected resident in a course or event</translation>
    </message>
    <message>
        <source>Courses…</source>
        <translation>Courses…</translation>
    </message>
    <message>
        <source>The resident&apos;s courses: standing, attendance, coming sessions; withdraw, print the timetable</source>
        <translation>The resident&apos;s courses: standing, attendance, coming sessions; withdraw, print the timetable</translation>
    </message>
    <message>
        <source>A PDF of everything held about this resident, for them (full ID number; written to the audit log)</source>
        <translation>A PDF of everything held about this resident, for them (full ID number; written to the audit log)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Double-click a resident, or select one and press Enter, to open the record.</source>
        <translation>Double-click a resident, or select one and press Enter, to open the record.</translation>
    </message>
    <message>
        <source>A form you were filling in is set aside, not saved: {name}</source>
        <translation>A form you were filling in is set aside, not saved: {name}</translation>
    </message>
    <message>
        <source>A form you were filling in is set aside, not saved.</source>
        <translation>A form you were filling in is set aside, not saved.</translation>
    </message>
    <message>
        <source>Discard the form?</source>
        <translation>Discard the form?</translation>
    </message>
    <message>
        <source>The form set aside has not been saved. Discard what was typed in it?</source>
        <translation>The form set aside has not been saved. Discard what was typed in it?</translation>
    </message>
    <message>
        <source>{name} - own data</source>
        <translation>{name} - own data</translation>
    </message>
    <message>
        <source>The register is empty: bring the center&apos;s roster in from Excel, WPS or CSV (Ctrl+I).</source>
        <translation>The register is empty: bring the center&apos;s roster in from Excel, WPS or CSV (Ctrl+I).</translation>
    </message>
    <message>
        <source>New member card</source>
        <translation>New member card</translation>
    </message>
    <message>
        <source>{name} gets a new card number. A card they have now stops working: scanned at the desk, it is refused as replaced.</source>
        <translation>{name} gets a new card number. A card they have now stops working: scanned at the desk, it is refused as replaced.</translation>
    </message>
    <message>
        <source>Issue new card</source>
        <translation>Issue new card</translation>
    </message>
    <message>
        <source>{name}&apos;s new card number is {number}; card {old} no longer works.</source>
        <translation>{name}&apos;s new card number is {number}; card {old} no longer works.</translation>
    </message>
    <message>
        <source>{name}&apos;s card number is {number}.</source>
        <translation>{name}&apos;s card number is {number}.</translation>
    </message>
    <message>
        <source>Select the residents whose cards to print.</source>
        <translation>Select the residents whose cards to print.</translation>
    </message>
    <message>
        <source>{name} - member card</source>
        <translation>{name} - member card</translation>
    </message>
    <message>
        <source>Member cards of {count} residents</source>
        <translation>Member cards of {count} residents</translation>
    </message>
    <message>
        <source>No member card to print: the selected residents have no card number yet.</source>
        <translation>No member card to print: the selected residents have no card number yet.</translation>
    </message>
    <message>
        <source>{count} of the selected have no card number: their cards are not in it.</source>
        <translation>{count} of the selected have no card number: their cards are not in it.</translation>
    </message>
    <message>
        <source>Select the two records of the same person (Ctrl+click), then merge.</source>
        <translation>Select the two records of the same person (Ctrl+click), then merge.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Undo merge</translation>
    </message>
</context>
<context>
    <name>RestorePreview</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restore the backup of {time} ({kind})?</source>
        <translation>Restore the backup of {time} ({kind})?</translation>
    </message>
    <message>
        <source>Database now</source>
        <translation>Database now</translation>
    </message>
    <message>
        <source>This backup</source>
        <translation>This backup</translation>
    </message>
    <message>
        <source>The database goes back to how it was when this backup was taken: everything entered since then is no longer in it. Before that, the database as it is now is backed up (kind: before a restore), so this can be undone by restoring that backup.

This desk then opens the database again and everyone signs in again. Close frontdesk on the other desks first.</source>
        <translation>The database goes back to how it was when this backup was taken: everything entered since then is no longer in it. Before that, the database as it is now is backed up (kind: before a restore), so this can be undone by restoring that backup.

This desk then opens the database again and everyone signs in again. Close frontdesk on the other desks first.</translation>
    </message>
    <message>
        <source>I understand: what was entered after {time} is no longer in the database</source>
        <translation>I understand: what was entered after {time} is no longer in the database</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
    <name>RoomBookingDialog</name>
    <message>
        <source>Book a room</source>
        <translation>Book a room</translation>
    </message>
    <message>
        <source>Move a room booking</source>
        <translation>Move a room booking</translation>
    </message>
    <message>
        <source>{room} ({capacity} places)</source>
        <translation>{room} ({capacity} places)</translation>
    </message>
    <message>
        <source>e.g. 健康讲座：冬季防跌倒</source>
        <translation>e.g. 健康讲座：冬季防跌倒</translation>
    </message>
    <message>
        <source>Who asked: a partner, the council, the center</source>
        <translation>Who asked: a partner, the council, the center</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <source>Contact &amp;phone</source>
        <translation>Contact &amp;phone</translation>
    </message>
    <message>
        <source>E&amp;xpected</source>
        <translation>E&amp;xpected</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Ends</translation>
    </message>
    <message>
        <source>Set-&amp;up before</source>
        <translation>Set-&amp;up before</translation>
    </message>
    <message>
        <source>&amp;Clean-up after</source>
        <translation>&amp;Clean-up after</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Book {room} instead</source>
        <translation>Book {room} instead</translation>
    </message>
    <message>
        <source>Take {when} in this room</source>
        <translation>Take {when} in this room</translation>
    </message>
</context>
<context>
    <name>RoomClash</name>
    <message>
        <source>{room} is taken {taken} by {title} ({who})</source>
        <translation>{room} is taken {taken} by {title} ({who})</translation>
    </message>
    <message>
        <source>{room} is taken {taken} by {title}</source>
        <translation>{room} is taken {taken} by {title}</translation>
    </message>
    <message>
        <source>clashes with another session of this plan</source>
        <translation>clashes with another session of this plan</translation>
    </message>
    <message>
        <source>{instructor} teaches {title} in {other_room} then ({when})</source>
        <translation>{instructor} teaches {title} in {other_room} then ({when})</translation>
    </message>
    <message>
        <source>the instructor teaches another session of this plan</source>
        <translation>the instructor teaches another session of this plan</translation>
    </message>
    <message>
        <source>{room} is open {opens}–{closes} (set-up included)</source>
        <translation>{room} is open {opens}–{closes} (set-up included)</translation>
    </message>
    <message>
        <source>{room} is not in use</source>
        <translation>{room} is not in use</translation>
    </message>
    <message>
        <source>{room} holds {capacity}, not {need}</source>
        <translation>{room} holds {capacity}, not {need}</translation>
    </message>
    <message>
        <source>cannot be placed then</source>
        <translation>cannot be placed then</translation>
    </message>
    <message>
        <source>free then: {rooms}</source>
        <translation>free then: {rooms}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>this room is next free {when}</source>
        <translation>this room is next free {when}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Cannot be placed: {clash}.</source>
        <translation>Cannot be placed: {clash}.</translation>
    </message>
    <message>
        <source>Cannot be placed: {clash}. Instead: {offered}.</source>
        <translation>Cannot be placed: {clash}. Instead: {offered}.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>New room</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>Edit room</translation>
    </message>
    <message>
        <source>e.g. 书法室</source>
        <translation>e.g. 书法室</translation>
    </message>
    <message>
        <source>e.g. 2楼</source>
        <translation>e.g. 2楼</translation>
    </message>
    <message>
        <source>e.g. 镜墙、音响</source>
        <translation>e.g. 镜墙、音响</translation>
    </message>
    <message>
        <source>Step-free access (no steps)</source>
        <translation>Step-free access (no steps)</translation>
    </message>
    <message>
        <source>Own opening hours</source>
        <translation>Own opening hours</translation>
    </message>
    <message>
        <source>Without: the center&apos;s working day</source>
        <translation>Without: the center&apos;s working day</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>&amp;Floor</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>&amp;Equipment</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Save room</source>
        <translation>Save room</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Rooms</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Free clinic</source>
        <translation>Free clinic</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>the class {title} on {when}</source>
        <translation>the class {title} on {when}</translation>
    </message>
    <message>
        <source>the booking {title} on {when}</source>
        <translation>the booking {title} on {when}</translation>
    </message>
    <message>
        <source>the course {title} ({need} places)</source>
        <translation>the course {title} ({need} places)</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Choose one from the list.</translation>
    </message>
    <message>
        <source>Not a phone number: an 11-digit mobile, or a landline with its area code (0352-1234567).</source>
        <translation>Not a phone number: an 11-digit mobile, or a landline with its area code (0352-1234567).</translation>
    </message>
    <message>
        <source>A room of this name already exists.</source>
        <translation>A room of this name already exists.</translation>
    </message>
    <message>
        <source>Between {minimum} and {maximum} places.</source>
        <translation>Between {minimum} and {maximum} places.</translation>
    </message>
    <message>
        <source>Give both times, or neither for the center&apos;s hours.</source>
        <translation>Give both times, or neither for the center&apos;s hours.</translation>
    </message>
    <message>
        <source>The room must close after it opens.</source>
        <translation>The room must close after it opens.</translation>
    </message>
    <message>
        <source>{count} planned use(s) need more places than that, first {first}. Move them first.</source>
        <translation>{count} planned use(s) need more places than that, first {first}. Move them first.</translation>
    </message>
    <message>
        <source>{count} planned use(s) fall outside those hours, first {first}. Move them first.</source>
        <translation>{count} planned use(s) fall outside those hours, first {first}. Move them first.</translation>
    </message>
    <message>
        <source>{count} planned use(s) still need this room, first {first}. Move or cancel them first.</source>
        <translation>{count} planned use(s) still need this room, first {first}. Move or cancel them first.</translation>
    </message>
    <message>
        <source>That room is no longer there: refresh the list.</source>
        <translation>That room is no longer there: refresh the list.</translation>
    </message>
    <message>
        <source>That booking is no longer there: refresh the list.</source>
        <translation>That booking is no longer there: refresh the list.</translation>
    </message>
    <message>
        <source>That booking was already cancelled.</source>
        <translation>That booking was already cancelled.</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>That time has already passed.</translation>
    </message>
    <message>
        <source>A booking starts and ends on the same day.</source>
        <translation>A booking starts and ends on the same day.</translation>
    </message>
    <message>
        <source>It must end after it starts.</source>
        <translation>It must end after it starts.</translation>
    </message>
    <message>
        <source>Between {minimum} and {maximum} minutes.</source>
        <translation>Between {minimum} and {maximum} minutes.</translation>
    </message>
    <message>
        <source>Between {minimum} and {maximum} people.</source>
        <translation>Between {minimum} and {maximum} people.</translation>
    </message>
    <message>
        <source>Say why the booking is cancelled.</source>
        <translation>Say why the booking is cancelled.</translation>
    </message>
    <message>
        <source>The reason can be at most {max} characters.</source>
        <translation>The reason can be at most {max} characters.</translation>
    </message>
    <message>
        <source>That partner&apos;s person is no longer registered.</source>
        <translation>That partner&apos;s person is no longer registered.</translation>
    </message>
    <message>
        <source>Only a manager may change the rooms.</source>
        <translation>Only a manager may change the rooms.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <source>Center&apos;s hours</source>
        <translation>Center&apos;s hours</translation>
    </message>
    <message>
        <source>That could not be saved. Check the form and try again.</source>
        <translation>That could not be saved. Check the form and try again.</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Room bookings from {day}</source>
        <translation>Room bookings from {day}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Step-free</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>New room…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the selected room (Enter on the table)</source>
        <translation>Edit the selected room (Enter on the table)</translation>
    </message>
    <message>
        <source>Room bookings</source>
        <translation>Room bookings</translation>
    </message>
    <message>
        <source>The week</source>
        <translation>The week</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>The day</translation>
    </message>
    <message>
        <source>Earlier (Alt+Left)</source>
        <translation>Earlier (Alt+Left)</translation>
    </message>
    <message>
        <source>Later (Alt+Right)</source>
        <translation>Later (Alt+Right)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Book a room…</source>
        <translation>Book a room…</translation>
    </message>
    <message>
        <source>Book a room (Ctrl+N)</source>
        <translation>Book a room (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>Change time…</translation>
    </message>
    <message>
        <source>Move the selected booking to another time or room (Ctrl+M)</source>
        <translation>Move the selected booking to another time or room (Ctrl+M)</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Cancel booking…</translation>
    </message>
    <message>
        <source>Cancel the selected booking (Delete)</source>
        <translation>Cancel the selected booking (Delete)</translation>
    </message>
    <message>
        <source>{room} (not in use)</source>
        <translation>{room} (not in use)</translation>
    </message>
    <message>
        <source>Room saved: {room}</source>
        <translation>Room saved: {room}</translation>
    </message>
    <message>
        <source>No room in use to book.</source>
        <translation>No room in use to book.</translation>
    </message>
    <message>
        <source>Moved: {title} · {room} · {when}</source>
        <translation>Moved: {title} · {room} · {when}</translation>
    </message>
    <message>
        <source>Booked: {title} · {room} · {when}</source>
        <translation>Booked: {title} · {room} · {when}</translation>
    </message>
    <message>
        <source>Cancelled: {title} · {room} · {when}</source>
        <translation>Cancelled: {title} · {room} · {when}</translation>
    </message>
</context>
<context>
    <name>RoomsWeek</name>
    <message>
        <source>Enrolled: {n} · present: {present}</source>
        <translation>Enrolled: {n} · present: {present}</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>✓ present</source>
        <translation>✓ present</translation>
    </message>
    <message>
        <source>— not yet</source>
        <translation>— not yet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>{n} in use</source>
        <translation>{n} in use</translation>
    </message>
    <message>
        <source>Painting and calligraphy</source>
        <translation>Painting and calligraphy</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>Fitness</translation>
    </message>
    <message>
        <source>Dance</source>
        <translation>Dance</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Smartphones</source>
        <translation>Smartphones</translation>
    </message>
    <message>
        <source>Job skills</source>
        <translation>Job skills</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Free clinic</source>
        <translation>Free clinic</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>That time has already passed: choose a later one.</source>
        <translation>That time has already passed: choose a later one.</translation>
    </message>
    <message>
        <source>The center is closed on {day} ({why}): choose another day.</source>
        <translation>The center is closed on {day} ({why}): choose another day.</translation>
    </message>
    <message>
        <source>This session is no longer there.</source>
        <translation>This session is no longer there.</translation>
    </message>
    <message>
        <source>This booking is no longer there.</source>
        <translation>This booking is no longer there.</translation>
    </message>
    <message>
        <source>This session was cancelled: it cannot be moved.</source>
        <translation>This session was cancelled: it cannot be moved.</translation>
    </message>
    <message>
        <source>This booking was cancelled: it cannot be moved.</source>
        <translation>This booking was cancelled: it cannot be moved.</translation>
    </message>
    <message>
        <source>Instructor: {who}</source>
        <translation>Instructor: {who}</translation>
    </message>
    <message>
        <source>Organiser: {who}</source>
        <translation>Organiser: {who}</translation>
    </message>
    <message>
        <source>Room taken {first}–{last} (set-up and clean-up)</source>
        <translation>Room taken {first}–{last} (set-up and clean-up)</translation>
    </message>
    <message>
        <source>Enrolled {taken} of {capacity} places</source>
        <translation>Enrolled {taken} of {capacity} places</translation>
    </message>
    <message>
        <source>Expected: {expected}</source>
        <translation>Expected: {expected}</translation>
    </message>
    <message>
        <source>Moved {title} to {when} in {room}.</source>
        <translation>Moved {title} to {when} in {room}.</translation>
    </message>
</context>
<context>
    <name>RoomsWeekTab</name>
    <message>
        <source>The week before (PageUp)</source>
        <translation>The week before (PageUp)</translation>
    </message>
    <message>
        <source>The week after (PageDown)</source>
        <translation>The week after (PageDown)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This week (Home)</source>
        <translation>This week (Home)</translation>
    </message>
    <message>
        <source>Show one room (Alt+R)</source>
        <translation>Show one room (Alt+R)</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>Whole week</source>
        <translation>Whole week</translation>
    </message>
    <message>
        <source>One day&apos;s rooms, or the whole week side by side (Alt+W)</source>
        <translation>One day&apos;s rooms, or the whole week side by side (Alt+W)</translation>
    </message>
    <message>
        <source>Print this week&apos;s timetable…</source>
        <translation>Print this week&apos;s timetable…</translation>
    </message>
    <message>
        <source>The chosen room&apos;s week for its door (Ctrl+P)</source>
        <translation>The chosen room&apos;s week for its door (Ctrl+P)</translation>
    </message>
    <message>
        <source>{room}: the week&apos;s timetable</source>
        <translation>{room}: the week&apos;s timetable</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Scan a card or slip at the door</source>
        <translation>Scan a card or slip at the door</translation>
    </message>
    <message>
        <source>Each card scanned ticks its resident; a code typed by hand ends with Enter</source>
        <translation>Each card scanned ticks its resident; a code typed by hand ends with Enter</translation>
    </message>
    <message>
        <source>&amp;Door scan</source>
        <translation>&amp;Door scan</translation>
    </message>
    <message>
        <source>companions </source>
        <translation>companions </translation>
    </message>
    <message>
        <source>&amp;Let in anyway</source>
        <translation>&amp;Let in anyway</translation>
    </message>
    <message>
        <source>Places are left: register the guest and check them in</source>
        <translation>Places are left: register the guest and check them in</translation>
    </message>
    <message>
        <source>Space or a click on &apos;Present&apos; ticks the resident</source>
        <translation>Space or a click on &apos;Present&apos; ticks the resident</translation>
    </message>
    <message>
        <source>Guests who may need a hand</source>
        <translation>Guests who may need a hand</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <source>Print the session&apos;s sign-in sheet (F9)</source>
        <translation>Print the session&apos;s sign-in sheet (F9)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Roster: {title}</source>
        <translation>Roster: {title}</translation>
    </message>
    <message>
        <source>(cancelled: {reason})</source>
        <translation>(cancelled: {reason})</translation>
    </message>
    <message>
        <source>Sign-in sheet of {title}</source>
        <translation>Sign-in sheet of {title}</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Tables (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Tables (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Choose the roster to import</source>
        <translation>Choose the roster to import</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Save the rows with problems</source>
        <translation>Save the rows with problems</translation>
    </message>
    <message>
        <source>{name} - rows to fix</source>
        <translation>{name} - rows to fix</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>Why / what changes</translation>
    </message>
    <message>
        <source>This kind of file cannot be imported. Choose an Excel or WPS table (.xlsx, .xls), an OpenDocument table (.ods) or a .csv file.</source>
        <translation>This kind of file cannot be imported. Choose an Excel or WPS table (.xlsx, .xls), an OpenDocument table (.ods) or a .csv file.</translation>
    </message>
    <message>
        <source>This file is not a table, although its name says so. Open it in Excel or WPS and save it again as .xlsx, then import that.</source>
        <translation>This file is not a table, although its name says so. Open it in Excel or WPS and save it again as .xlsx, then import that.</translation>
    </message>
    <message>
        <source>This file has a password. Remove the password in Excel or WPS, save it again, then import it.</source>
        <translation>This file has a password. Remove the password in Excel or WPS, save it again, then import it.</translation>
    </message>
    <message>
        <source>This file is too large to import (more than {max_mb} MB). Split the roster into smaller files, or save it without pictures.</source>
        <translation>This file is too large to import (more than {max_mb} MB). Split the roster into smaller files, or save it without pictures.</translation>
    </message>
    <message>
        <source>This file unpacks to more than {max_mb} MB, far more than a roster holds: it is not opened, to keep the computer safe. Save the table again in Excel or WPS and import that.</source>
        <translation>This file unpacks to more than {max_mb} MB, far more than a roster holds: it is not opened, to keep the computer safe. Save the table again in Excel or WPS and import that.</translation>
    </message>
    <message>
        <source>This file contains instructions a roster never has, so it is not opened, to keep the computer safe. Save the table again in Excel or WPS and import that.</source>
        <translation>This file contains instructions a roster never has, so it is not opened, to keep the computer safe. Save the table again in Excel or WPS and import that.</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be read. Open it in Excel or WPS; if it opens there, save it again and import the new file.</source>
        <translation>This file is damaged and cannot be read. Open it in Excel or WPS; if it opens there, save it again and import the new file.</translation>
    </message>
    <message>
        <source>The text of this .csv file cannot be read (it is neither UTF-8 nor GBK). Open it in Excel or WPS and save it as .xlsx, then import that.</source>
        <translation>The text of this .csv file cannot be read (it is neither UTF-8 nor GBK). Open it in Excel or WPS and save it as .xlsx, then import that.</translation>
    </message>
    <message>
        <source>This table has more than {max} rows. Split it into smaller files and import them one after another.</source>
        <translation>This table has more than {max} rows. Split it into smaller files and import them one after another.</translation>
    </message>
    <message>
        <source>This table is empty: there is nothing to import.</source>
        <translation>This table is empty: there is nothing to import.</translation>
    </message>
    <message>
        <source>This sheet is not in the file any more. Choose another sheet, or choose the file again.</source>
        <translation>This sheet is not in the file any more. Choose another sheet, or choose the file again.</translation>
    </message>
    <message>
        <source>There is no file at this place. Check the name, or choose the file with Browse….</source>
        <translation>There is no file at this place. Check the name, or choose the file with Browse….</translation>
    </message>
    <message>
        <source>This file cannot be read: it may be open in another program, or this computer may not be allowed to read it. Close it there, or copy it to this computer, and try again.</source>
        <translation>This file cannot be read: it may be open in another program, or this computer may not be allowed to read it. Close it there, or copy it to this computer, and try again.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose the roster file in it.</source>
        <translation>This is a folder, not a file. Choose the roster file in it.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>Repeated row</source>
        <translation>Repeated row</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Has problems</translation>
    </message>
    <message>
        <source>Not a resident</source>
        <translation>Not a resident</translation>
    </message>
    <message>
        <source>New residents to register: {count}</source>
        <translation>New residents to register: {count}</translation>
    </message>
    <message>
        <source>Registered residents with new or different details: {count}</source>
        <translation>Registered residents with new or different details: {count}</translation>
    </message>
    <message>
        <source>Already registered, nothing new (left alone): {count}</source>
        <translation>Already registered, nothing new (left alone): {count}</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row (skipped): {count}</source>
        <translation>Rows repeating an earlier row (skipped): {count}</translation>
    </message>
    <message>
        <source>Rows with problems, not imported: {count}</source>
        <translation>Rows with problems, not imported: {count}</translation>
    </message>
    <message>
        <source>Notes or headings, not residents (skipped): {count}</source>
        <translation>Notes or headings, not residents (skipped): {count}</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>same name and date of birth</translation>
    </message>
    <message>
        <source>same phone, similar name</source>
        <translation>same phone, similar name</translation>
    </message>
    <message>
        <source>same member card</source>
        <translation>same member card</translation>
    </message>
    <message>
        <source>The ID number was stored as a number and its last digits are lost: set the column to text in the spreadsheet and type the number again.</source>
        <translation>The ID number was stored as a number and its last digits are lost: set the column to text in the spreadsheet and type the number again.</translation>
    </message>
    <message>
        <source>It cannot be told whether this is January or October: write it as 1945-01 or 1945-10.</source>
        <translation>It cannot be told whether this is January or October: write it as 1945-01 or 1945-10.</translation>
    </message>
    <message>
        <source>Matches {count} registered residents: check them in the register first.</source>
        <translation>Matches {count} registered residents: check them in the register first.</translation>
    </message>
    <message>
        <source>This ID number is registered to another resident ({name}).</source>
        <translation>This ID number is registered to another resident ({name}).</translation>
    </message>
    <message>
        <source>This member card is registered to another resident ({name}).</source>
        <translation>This member card is registered to another resident ({name}).</translation>
    </message>
    <message>
        <source>Matches {name} in the register, but the ID number is different.</source>
        <translation>Matches {name} in the register, but the ID number is different.</translation>
    </message>
    <message>
        <source>Matches {name} in the register, but the member card number is different.</source>
        <translation>Matches {name} in the register, but the member card number is different.</translation>
    </message>
    <message>
        <source>Matches {name}, who is archived: restore the record in the register first.</source>
        <translation>Matches {name}, who is archived: restore the record in the register first.</translation>
    </message>
    <message>
        <source>The same ID number as row {line} of this file, but another name.</source>
        <translation>The same ID number as row {line} of this file, but another name.</translation>
    </message>
    <message>
        <source>Another desk registered this resident while the import ran.</source>
        <translation>Another desk registered this resident while the import ran.</translation>
    </message>
    <message>
        <source>This resident&apos;s record was changed while the import ran: check the file again.</source>
        <translation>This resident&apos;s record was changed while the import ran: check the file again.</translation>
    </message>
    <message>
        <source>Your role may not import health details (chronic conditions, allergies): set those columns to “Not imported”.</source>
        <translation>Your role may not import health details (chronic conditions, allergies): set those columns to “Not imported”.</translation>
    </message>
    <message>
        <source>A field is chosen for two columns: go back and choose it for one column only.</source>
        <translation>A field is chosen for two columns: go back and choose it for one column only.</translation>
    </message>
    <message>
        <source>A column is set to a field the register does not have: go back and choose another.</source>
        <translation>A column is set to a field the register does not have: go back and choose another.</translation>
    </message>
    <message>
        <source>No column is set to the name: go back and choose the column that holds it.</source>
        <translation>No column is set to the name: go back and choose the column that holds it.</translation>
    </message>
    <message>
        <source>Your role may not import residents: ask a manager.</source>
        <translation>Your role may not import residents: ask a manager.</translation>
    </message>
    <message>
        <source>This file cannot be imported. Open it in Excel or WPS, save it again as .xlsx and import that.</source>
        <translation>This file cannot be imported. Open it in Excel or WPS, save it again as .xlsx and import that.</translation>
    </message>
    <message>
        <source>This row cannot be imported ({code}).</source>
        <translation>This row cannot be imported ({code}).</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>The same person as row {line}</source>
        <translation>The same person as row {line}</translation>
    </message>
    <message>
        <source>Matches a registered resident ({reason})</source>
        <translation>Matches a registered resident ({reason})</translation>
    </message>
    <message>
        <source>A note or heading row</source>
        <translation>A note or heading row</translation>
    </message>
    <message>
        <source>Registered: {count}</source>
        <translation>Registered: {count}</translation>
    </message>
    <message>
        <source>Updated: {count}</source>
        <translation>Updated: {count}</translation>
    </message>
    <message>
        <source>Already registered, left as they were: {count}</source>
        <translation>Already registered, left as they were: {count}</translation>
    </message>
    <message>
        <source>Skipped (repeated rows, notes): {count}</source>
        <translation>Skipped (repeated rows, notes): {count}</translation>
    </message>
    <message>
        <source>Backup taken before the import: {name}</source>
        <translation>Backup taken before the import: {name}</translation>
    </message>
    <message>
        <source>Stopped. {count} rows were written before it stopped, in whole batches: nothing was left half-written. Import the same file again to bring in the rest; the rows already in are recognised and not doubled.</source>
        <translation>Stopped. {count} rows were written before it stopped, in whole batches: nothing was left half-written. Import the same file again to bring in the rest; the rows already in are recognised and not doubled.</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>The import is done.</translation>
    </message>
    <message>
        <source>Import stopped: {created} registered, {updated} updated before it stopped.</source>
        <translation>Import stopped: {created} registered, {updated} updated before it stopped.</translation>
    </message>
    <message>
        <source>Roster imported: {created} registered, {updated} updated, {rejected} rows with problems.</source>
        <translation>Roster imported: {created} registered, {updated} updated, {rejected} rows with problems.</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <source>Import a roster</source>
        <translation>Import a roster</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Next step (Alt+N or Enter)</source>
        <translation>Next step (Alt+N or Enter)</translation>
    </message>
    <message>
        <source>Write the new residents and the accepted changes to the register (Alt+I)</source>
        <translation>Write the new residents and the accepted changes to the register (Alt+I)</translation>
    </message>
    <message>
        <source>Saved {count} rows with problems to {path}. Fix them there, then import that file.</source>
        <translation>Saved {count} rows with problems to {path}. Fix them there, then import that file.</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Stop the import?</translation>
    </message>
    <message>
        <source>The import stops after the batch being written. What is written stays, whole.</source>
        <translation>The import stops after the batch being written. What is written stays, whole.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Close the import?</source>
        <translation>Close the import?</translation>
    </message>
    <message>
        <source>The rows are checked but nothing is imported yet. Close anyway?</source>
        <translation>The rows are checked but nothing is imported yet. Close anyway?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v of %m rows</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Stop after the batch being written: what is written stays, whole (Alt+T)</source>
        <translation>Stop after the batch being written: what is written stays, whole (Alt+T)</translation>
    </message>
    <message>
        <source>A backup of the database is taken first, so the register can be put back as it was.</source>
        <translation>A backup of the database is taken first, so the register can be put back as it was.</translation>
    </message>
    <message>
        <source>The database server&apos;s administrator keeps its backups; the import is written in batches.</source>
        <translation>The database server&apos;s administrator keeps its backups; the import is written in batches.</translation>
    </message>
    <message>
        <source>Taking the backup, then writing the rows…</source>
        <translation>Taking the backup, then writing the rows…</translation>
    </message>
    <message>
        <source>Written {done} of {total} rows…</source>
        <translation>Written {done} of {total} rows…</translation>
    </message>
    <message>
        <source>Stopping after the batch being written…</source>
        <translation>Stopping after the batch being written…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>The import stopped. Every batch written before is whole; import the file again for the rest.</source>
        <translation>The import stopped. Every batch written before is whole; import the file again for the rest.</translation>
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
    <name>ServerPart</name>
    <message>
        <source>Database server (several desks)</source>
        <translation>Database server (several desks)</translation>
    </message>
    <message>
        <source>Changes take effect the next time frontdesk starts. The password is kept only on this computer, readable by this user account, and is never shown again.</source>
        <translation>Changes take effect the next time frontdesk starts. The password is kept only on this computer, readable by this user account, and is never shown again.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Use this server</translation>
    </message>
    <message>
        <source>Back to the local database</source>
        <translation>Back to the local database</translation>
    </message>
    <message>
        <source>This desk uses the database file on this computer.</source>
        <translation>This desk uses the database file on this computer.</translation>
    </message>
    <message>
        <source>(saved, not shown)</source>
        <translation>(saved, not shown)</translation>
    </message>
    <message>
        <source>This desk uses the server {url} (from the next start).</source>
        <translation>This desk uses the server {url} (from the next start).</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, as on the installer&apos;s sheet.</source>
        <translation>Enter the server&apos;s address, as on the installer&apos;s sheet.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Enter the database name.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Saved: frontdesk on this desk uses this server from the next start.</source>
        <translation>Saved: frontdesk on this desk uses this server from the next start.</translation>
    </message>
    <message>
        <source>Back to the database file on this computer from the next start.</source>
        <translation>Back to the database file on this computer from the next start.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Connected. The database is empty: frontdesk creates its tables at the first start.</source>
        <translation>Connected. The database is empty: frontdesk creates its tables at the first start.</translation>
    </message>
    <message>
        <source>Connected. The database holds frontdesk data.</source>
        <translation>Connected. The database holds frontdesk data.</translation>
    </message>
    <message>
        <source>Connected, but a newer frontdesk wrote this database: update frontdesk on this computer first.</source>
        <translation>Connected, but a newer frontdesk wrote this database: update frontdesk on this computer first.</translation>
    </message>
    <message>
        <source>Connected, but the database holds another program&apos;s tables: use an empty one.</source>
        <translation>Connected, but the database holds another program&apos;s tables: use an empty one.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The server cannot be reached: check the address and port, that the server is on, and the network.</source>
        <translation>The server cannot be reached: check the address and port, that the server is on, and the network.</translation>
    </message>
    <message>
        <source>The server has no database called {name}: check the name, or ask for it to be created.</source>
        <translation>The server has no database called {name}: check the name, or ask for it to be created.</translation>
    </message>
    <message>
        <source>The server does not accept this computer or this user: ask for access to be allowed.</source>
        <translation>The server does not accept this computer or this user: ask for access to be allowed.</translation>
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
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The screen locks after this long without use (Ctrl+L locks at once).</source>
        <translation>The screen locks after this long without use (Ctrl+L locks at once).</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Lock after</translation>
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
        <source>The language of the whole program on this desk.</source>
        <translation>The language of the whole program on this desk.</translation>
    </message>
    <message>
        <source>The new language is used the next time frontdesk starts.</source>
        <translation>The new language is used the next time frontdesk starts.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>SlipPrint</name>
    <message>
        <source>{name}&apos;s visit slip</source>
        <translation>{name}&apos;s visit slip</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>Also the rest of the series, to the same time</source>
        <translation>Also the rest of the series, to the same time</translation>
    </message>
    <message>
        <source>Move {name}&apos;s appointment</source>
        <translation>Move {name}&apos;s appointment</translation>
    </message>
    <message>
        <source>{when} · {person} · {free} free</source>
        <translation>{when} · {person} · {free} free</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>No free slot in the next two weeks.</source>
        <translation>No free slot in the next two weeks.</translation>
    </message>
</context>
<context>
    <name>SmallDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Care staff</source>
        <translation>Care staff</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Account locked: try again after {time}.</source>
        <translation>Account locked: try again after {time}.</translation>
    </message>
    <message>
        <source>The password needs at least {minimum} characters.</source>
        <translation>The password needs at least {minimum} characters.</translation>
    </message>
    <message>
        <source>Use both letters and digits in the password.</source>
        <translation>Use both letters and digits in the password.</translation>
    </message>
    <message>
        <source>The password holds an invisible or broken character: type it again with the keyboard.</source>
        <translation>The password holds an invisible or broken character: type it again with the keyboard.</translation>
    </message>
    <message>
        <source>Too long: at most {maximum} characters.</source>
        <translation>Too long: at most {maximum} characters.</translation>
    </message>
    <message>
        <source>The administrator has already been created: please sign in.</source>
        <translation>The administrator has already been created: please sign in.</translation>
    </message>
    <message>
        <source>User names use Latin letters, digits, dots and underscores.</source>
        <translation>User names use Latin letters, digits, dots and underscores.</translation>
    </message>
    <message>
        <source>Please enter the name shown on screen.</source>
        <translation>Please enter the name shown on screen.</translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <translation>The user name {username} is taken.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Your role may not do this.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>That staff member no longer exists.</translation>
    </message>
    <message>
        <source>That file is not a picture: choose a PNG or JPEG file.</source>
        <translation>That file is not a picture: choose a PNG or JPEG file.</translation>
    </message>
    <message>
        <source>That picture is too large for a logo (at most {megabytes} MB, and a simple drawing).</source>
        <translation>That picture is too large for a logo (at most {megabytes} MB, and a simple drawing).</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>The file could not be read: {reason}</translation>
    </message>
    <message>
        <source>That cannot be done: {code}.</source>
        <translation>That cannot be done: {code}.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Please wait…</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>Signed in: {role} {name}</source>
        <translation>Signed in: {role} {name}</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Name shown</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>{name} ({username}) added.</source>
        <translation>{name} ({username}) added.</translation>
    </message>
    <message>
        <source>New password set for {name}.</source>
        <translation>New password set for {name}.</translation>
    </message>
    <message>
        <source>{name} reactivated.</source>
        <translation>{name} reactivated.</translation>
    </message>
    <message>
        <source>{name} deactivated.</source>
        <translation>{name} deactivated.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Locked out</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>StartingCover</name>
    <message>
        <source>Community Service Center Front Desk</source>
        <translation>Community Service Center Front Desk</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
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
    <name>TableExport</name>
    <message>
        <source>Your role may not export this.</source>
        <translation>Your role may not export this.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <source>Only a manager may export full ID numbers: export with masked numbers instead.</source>
        <translation>Only a manager may export full ID numbers: export with masked numbers instead.</translation>
    </message>
    <message>
        <source>Say why the full ID numbers are needed: the reason goes into the audit log.</source>
        <translation>Say why the full ID numbers are needed: the reason goes into the audit log.</translation>
    </message>
    <message>
        <source>Too long: at most {maximum} characters.</source>
        <translation>Too long: at most {maximum} characters.</translation>
    </message>
    <message>
        <source>Only care staff and managers may export health data.</source>
        <translation>Only care staff and managers may export health data.</translation>
    </message>
    <message>
        <source>The table has no name to record it under.</source>
        <translation>The table has no name to record it under.</translation>
    </message>
    <message>
        <source>The table&apos;s rows could not be counted.</source>
        <translation>The table&apos;s rows could not be counted.</translation>
    </message>
    <message>
        <source>The table was not exported ({code}).</source>
        <translation>The table was not exported ({code}).</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}.</source>
        <translation>Exported {count} rows to {path}.</translation>
    </message>
    <message>
        <source>{path} could not be written: the file may be open in Excel or WPS, or the folder may be read-only. Close the file (or choose another name or folder) and export again.</source>
        <translation>{path} could not be written: the file may be open in Excel or WPS, or the folder may be read-only. Close the file (or choose another name or folder) and export again.</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is full. Free some space, or choose another disk.</source>
        <translation>{path} could not be written: the disk is full. Free some space, or choose another disk.</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is read-only. Choose another folder.</source>
        <translation>{path} could not be written: the disk is read-only. Choose another folder.</translation>
    </message>
    <message>
        <source>{path} could not be written ({why}). Check that the folder exists and can be written to, then export again.</source>
        <translation>{path} could not be written ({why}). Check that the folder exists and can be written to, then export again.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8, for Excel and WPS (*.csv)</source>
        <translation>CSV, UTF-8, for Excel and WPS (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Export table…</translation>
    </message>
    <message>
        <source>Save this table as an Excel workbook or a CSV file ({key})</source>
        <translation>Save this table as an Excel workbook or a CSV file ({key})</translation>
    </message>
    <message>
        <source>The table is empty: nothing to export.</source>
        <translation>The table is empty: nothing to export.</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>New term</source>
        <translation>New term</translation>
    </message>
    <message>
        <source>e.g. 2026 春季班</source>
        <translation>e.g. 2026 春季班</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Save term</source>
        <translation>Save term</translation>
    </message>
</context>
<context>
    <name>Vitals</name>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Blood pressure (mmHg)</source>
        <translation>Blood pressure (mmHg)</translation>
    </message>
    <message>
        <source>Pulse (/min)</source>
        <translation>Pulse (/min)</translation>
    </message>
    <message>
        <source>Blood sugar (mmol/L)</source>
        <translation>Blood sugar (mmol/L)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Systolic</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>Diastolic</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <source>Blood sugar</source>
        <translation>Blood sugar</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high} {unit}: check the figure and type it again.</source>
        <translation>{field} must be between {low} and {high} {unit}: check the figure and type it again.</translation>
    </message>
    <message>
        <source>Blood pressure needs both numbers, the upper and the lower.</source>
        <translation>Blood pressure needs both numbers, the upper and the lower.</translation>
    </message>
    <message>
        <source>The lower number (diastolic) must be smaller than the upper one (systolic).</source>
        <translation>The lower number (diastolic) must be smaller than the upper one (systolic).</translation>
    </message>
    <message>
        <source>Say whether the blood sugar was taken fasting.</source>
        <translation>Say whether the blood sugar was taken fasting.</translation>
    </message>
    <message>
        <source>The note is too long: at most {max} characters.</source>
        <translation>The note is too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>Type at least one reading.</source>
        <translation>Type at least one reading.</translation>
    </message>
    <message>
        <source>Type a number, e.g. {example}.</source>
        <translation>Type a number, e.g. {example}.</translation>
    </message>
    <message>
        <source>This appointment is not {name}&apos;s: close the window and open it from their appointment.</source>
        <translation>This appointment is not {name}&apos;s: close the window and open it from their appointment.</translation>
    </message>
    <message>
        <source>Blood pressure high</source>
        <translation>Blood pressure high</translation>
    </message>
    <message>
        <source>Blood pressure low</source>
        <translation>Blood pressure low</translation>
    </message>
    <message>
        <source>Blood sugar high</source>
        <translation>Blood sugar high</translation>
    </message>
    <message>
        <source>Blood sugar low</source>
        <translation>Blood sugar low</translation>
    </message>
    <message>
        <source>Pulse fast</source>
        <translation>Pulse fast</translation>
    </message>
    <message>
        <source>Pulse slow</source>
        <translation>Pulse slow</translation>
    </message>
    <message>
        <source>▲ High</source>
        <translation>▲ High</translation>
    </message>
    <message>
        <source>▼ Low</source>
        <translation>▼ Low</translation>
    </message>
    <message>
        <source>Blood pressure rising</source>
        <translation>Blood pressure rising</translation>
    </message>
    <message>
        <source>Blood pressure falling</source>
        <translation>Blood pressure falling</translation>
    </message>
    <message>
        <source>Blood pressure steady</source>
        <translation>Blood pressure steady</translation>
    </message>
    <message>
        <source>Too few readings for a trend</source>
        <translation>Too few readings for a trend</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>fasting</translation>
    </message>
    <message>
        <source>random</source>
        <translation>random</translation>
    </message>
    <message>
        <source>{name}&apos;s readings are recorded: {flags}.</source>
        <translation>{name}&apos;s readings are recorded: {flags}.</translation>
    </message>
    <message>
        <source>{name}&apos;s readings are recorded, all in range.</source>
        <translation>{name}&apos;s readings are recorded, all in range.</translation>
    </message>
    <message>
        <source>Not saved: nothing typed is lost. {problem}</source>
        <translation>Not saved: nothing typed is lost. {problem}</translation>
    </message>
    <message>
        <source>Not read. {problem}</source>
        <translation>Not read. {problem}</translation>
    </message>
</context>
<context>
    <name>VitalsChart</name>
    <message>
        <source>No readings yet</source>
        <translation>No readings yet</translation>
    </message>
    <message>
        <source>Systolic (upper)</source>
        <translation>Systolic (upper)</translation>
    </message>
    <message>
        <source>Diastolic (lower)</source>
        <translation>Diastolic (lower)</translation>
    </message>
    <message>
        <source>Sugar, fasting</source>
        <translation>Sugar, fasting</translation>
    </message>
    <message>
        <source>Sugar, random</source>
        <translation>Sugar, random</translation>
    </message>
    <message>
        <source>Guideline limit</source>
        <translation>Guideline limit</translation>
    </message>
</context>
<context>
    <name>VitalsHistoryDialog</name>
    <message>
        <source>Health record: {name}</source>
        <translation>Health record: {name}</translation>
    </message>
    <message>
        <source>Health record of {name}</source>
        <translation>Health record of {name}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Record new readings… (Ctrl+N)</source>
        <translation>Record new readings… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{count} readings, newest first.</source>
        <translation>{count} readings, newest first.</translation>
    </message>
    <message>
        <source>No readings recorded for {name} yet.</source>
        <translation>No readings recorded for {name} yet.</translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>Offer free place</source>
        <translation>Offer free place</translation>
    </message>
    <message>
        <source>Offer the selected slot&apos;s place</source>
        <translation>Offer the selected slot&apos;s place</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Take the selected one off the list</source>
        <translation>Take the selected one off the list</translation>
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
<context>
    <name>_HitModel</name>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
</context>
</TS>
