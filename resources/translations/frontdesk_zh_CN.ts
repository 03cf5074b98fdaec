<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About frontdesk</source>
        <translation>关于本系统</translation>
    </message>
    <message>
        <source>Community Service Center Front Desk</source>
        <translation>社区服务中心前台系统</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Check-in, residents, appointments, classes and reports for the front desk of a community service center.</source>
        <translation>社区服务中心前台使用：签到、居民档案、预约、课程与教室、统计。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>（没有日志文件）</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>数据文件夹：{folder}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Book physiotherapy, blood pressure and blood sugar checks, free clinics and community partners&apos; services in their time slots.</source>
        <translation>按时段预约理疗、血压血糖测量、义诊和社区合伙人的服务。</translation>
    </message>
    <message>
        <source>Full slots go to a waiting list; when someone cancels, the next person moves up.</source>
        <translation>名额已满时进入候补；有人取消时，候补的居民依次递补。</translation>
    </message>
    <message>
        <source>No-shows are recorded, and the day&apos;s list can be printed for the care staff.</source>
        <translation>记录爽约情况；可为护理人员打印当日预约名单。</translation>
    </message>
    <message>
        <source>Bookings for the care station and the community partners&apos; services.</source>
        <translation>康养服务站和社区合伙人服务的预约。</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Search by name, pinyin initials, the last four digits of a phone number, the last six of an ID number, or by scanning a member card.</source>
        <translation>按姓名、拼音首字母、手机后四位、身份证后六位查找居民，或直接刷服务卡。</translation>
    </message>
    <message>
        <source>The resident&apos;s card: age, community, masked ID and phone numbers, reminders such as a missing emergency contact or allergies, and today&apos;s appointments and classes.</source>
        <translation>居民信息卡：年龄、所属社区、遮挡显示的身份证号和手机号，缺紧急联系人、过敏等提醒，以及今日的预约和课程。</translation>
    </message>
    <message>
        <source>Check in with Enter, check out with F8, print a slip with F9; the result is shown in words, with the queue number.</source>
        <translation>按 Enter 签到，F8 签退，F9 打印凭条；结果用文字显示，并给出排队号。</translation>
    </message>
    <message>
        <source>Live figures: people in the building now, today&apos;s visits and people, welfare-watch reminders.</source>
        <translation>实时数字：在馆人数、今日人次和人数、关怀提醒。</translation>
    </message>
    <message>
        <source>The desk&apos;s main screen: find a resident in a second and check them in with one key.</source>
        <translation>前台的主界面：一秒找到居民，一个键完成签到。</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Courses by term (for example the 2026 spring term) with their instructors, a weekly timetable, and room bookings that never double-book a room.</source>
        <translation>按学期（如 2026 春季班）设置课程和授课老师，排出每周课表；教室不会被重复预订。</translation>
    </message>
    <message>
        <source>Enrolment with class limits and a waiting list; attendance taken for each class session.</source>
        <translation>报名有名额限制和候补；按课次记录出勤。</translation>
    </message>
    <message>
        <source>Rosters and sign-in sheets printed for each class.</source>
        <translation>为每个班打印花名册和签到表。</translation>
    </message>
    <message>
        <source>Terms, courses and the rooms they use.</source>
        <translation>学期、课程及其使用的教室。</translation>
    </message>
    <message>
        <source>Classes &amp; Rooms</source>
        <translation>课程与教室</translation>
    </message>
</context>
<context>
    <name>ComingLater</name>
    <message>
        <source>Coming in a later version</source>
        <translation>后续版本提供</translation>
    </message>
    <message>
        <source>This feature will be provided in a later version. Here is what it will do:</source>
        <translation>此功能将在后续版本提供。届时这里将可以：</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Sorry, frontdesk ran into an unexpected error.</source>
        <translation>很抱歉，程序出现了意外错误。</translation>
    </message>
    <message>
        <source>What you were doing may not have been finished: please check the result before going on. If this happens again, click “Copy details” and send them to your administrator.</source>
        <translation>刚才的操作可能没有完成，请先检查结果再继续。如果问题反复出现，请点击“复制详情”，把内容发给管理员。</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>（没有日志文件）</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Community Service Center Front Desk</source>
        <translation>社区服务中心前台系统</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>{page} ({keys})</source>
        <translation>{page}（{keys}）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About frontdesk</source>
        <translation>关于本系统(&amp;A)</translation>
    </message>
    <message>
        <source>About frontdesk (F1)</source>
        <translation>关于本系统（F1）</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Demo database: {location}</source>
        <translation>演示数据库：{location}</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <source>Staff: {name}</source>
        <translation>前台：{name}</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <source>The database is being used by another program. Wait a moment and try again. If this keeps happening, close other copies of frontdesk on this computer, or restart it.</source>
        <translation>数据库被另一个程序占用。请稍等片刻后重试；如果反复出现，请关闭这台电脑上其他正在运行的前台系统，或重新启动电脑。</translation>
    </message>
    <message>
        <source>The database cannot be written to: the file or its folder is read-only. Ask your administrator to give this computer permission to write to the database folder.</source>
        <translation>无法写入数据库：数据库文件或其所在文件夹是只读的。请联系管理员，为这台电脑开通该文件夹的写入权限。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing can be saved. Free some space (for example, delete old backups or downloads), then try again.</source>
        <translation>磁盘已满，无法保存数据。请清理磁盘空间（例如删除旧的备份或下载文件）后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged, or it is not a frontdesk database. Stop using this file and ask your administrator to restore it from a backup.</source>
        <translation>数据库文件损坏，或者不是本系统的数据库。请停止使用这个文件，联系管理员从备份恢复。</translation>
    </message>
    <message>
        <source>The database cannot be opened. Check that the location is right and its folder exists; if the database is on a network share, check that the network is connected.</source>
        <translation>无法打开数据库。请检查数据库位置是否正确、所在文件夹是否存在；如果数据库在网络共享上，请确认网络已连接。</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network connection and try again in a moment; if it keeps failing, tell your administrator.</source>
        <translation>无法连接数据库服务器。请检查网络连接，稍后重试；如果一直连不上，请告诉管理员。</translation>
    </message>
    <message>
        <source>This database was created by a newer version of frontdesk. Update this program to the latest version before opening it.</source>
        <translation>此数据库由更新版本的前台系统创建。请先把本程序升级到最新版本，再打开它。</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Daily and monthly visits and people, by service and by community.</source>
        <translation>按日、按月统计人次和人数，可按服务类别和社区分列。</translation>
    </message>
    <message>
        <source>What each community partner delivered.</source>
        <translation>每个社区合伙人提供了哪些服务。</translation>
    </message>
    <message>
        <source>The welfare-watch call list: residents living alone who have not been seen for a while.</source>
        <translation>关怀提醒（回访名单）：较长时间没有来过的独居老人。</translation>
    </message>
    <message>
        <source>Monthly reports, printed or saved as PDF.</source>
        <translation>月报，可打印或保存为 PDF。</translation>
    </message>
    <message>
        <source>Figures for the center, its partners and the district.</source>
        <translation>中心、社区合伙人和街道需要的统计数字。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Find, register and edit residents: contact details, address, emergency contact, living situation (lives alone, empty-nest, disabled, low-income, aged 80+), chronic conditions and allergies.</source>
        <translation>查找、登记和修改居民信息：联系方式、住址、紧急联系人、居住情况（独居、空巢、失能、低保、高龄）、慢性病和过敏史。</translation>
    </message>
    <message>
        <source>ID and phone numbers are masked by default; every view and change of personal data is written to the audit log.</source>
        <translation>身份证号和手机号默认遮挡显示；查看和修改个人信息都记入操作日志。</translation>
    </message>
    <message>
        <source>Issue member cards and record consent; residents who move away or pass away are archived, never deleted.</source>
        <translation>办理服务卡、登记知情同意；迁出或去世的居民归档保存，不会删除。</translation>
    </message>
    <message>
        <source>The register of the residents the center serves.</source>
        <translation>本中心服务的居民档案。</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Large text (for staff with weak eyesight)</source>
        <translation>大字体（适合视力较弱的工作人员）</translation>
    </message>
    <message>
        <source>Display on this desk</source>
        <translation>本机显示</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>字体大小</translation>
    </message>
    <message>
        <source>Takes effect at once.</source>
        <translation>立即生效。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite 文件</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>数据库服务器</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>This is the demo database: everyone in it is made up.</source>
        <translation>这是演示数据库，其中的人员信息均为虚构。</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>（没有日志文件）</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>About frontdesk…</source>
        <translation>关于本系统…</translation>
    </message>
    <message>
        <source>About frontdesk (F1)</source>
        <translation>关于本系统（F1）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The language of the whole program on this desk.</source>
        <translation>本机整个程序使用的语言。</translation>
    </message>
    <message>
        <source>The new language is used the next time frontdesk starts.</source>
        <translation>新的语言将在下次启动程序时生效。</translation>
    </message>
</context>
<context>
    <name>StartupProgress</name>
    <message>
        <source>Community Service Center Front Desk</source>
        <translation>社区服务中心前台系统</translation>
    </message>
    <message>
        <source>Preparing the demo database. The first time takes a few seconds…</source>
        <translation>正在准备演示数据库，第一次需要几秒钟…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
</TS>
