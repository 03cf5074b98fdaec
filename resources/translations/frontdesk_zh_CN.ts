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
    <name>ActionBar</name>
    <message>
        <source>Purpose of the visit (Alt+1 … Alt+{last})</source>
        <translation>来访事由（Alt+1 … Alt+{last}）</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>事由(&amp;P)</translation>
    </message>
    <message>
        <source>Family members who came along; they count as visits too</source>
        <translation>同行家属人数，计入人次</translation>
    </message>
    <message>
        <source>Family &amp;members</source>
        <translation>同行家属(&amp;M)</translation>
    </message>
    <message>
        <source>Check in  Enter</source>
        <translation>签到  Enter</translation>
    </message>
    <message>
        <source>Check the resident in (Enter)</source>
        <translation>为该居民签到（Enter）</translation>
    </message>
    <message>
        <source>Check out  F8</source>
        <translation>签退  F8</translation>
    </message>
    <message>
        <source>Check the resident out (F8)</source>
        <translation>为该居民签退（F8）</translation>
    </message>
    <message>
        <source>Print slip  F9</source>
        <translation>打印凭条  F9</translation>
    </message>
    <message>
        <source>Printing slips (F9) comes in a later version</source>
        <translation>打印凭条（F9）将在后续版本提供</translation>
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
    <name>Checkin</name>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>上课</translation>
    </message>
    <message>
        <source>Care station</source>
        <translation>康养</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>办事</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>就餐</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Allergy: {text}</source>
        <translation>过敏：{text}</translation>
    </message>
    <message>
        <source>Condition: {text}</source>
        <translation>慢性病：{text}</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>独居</translation>
    </message>
    <message>
        <source>Aged {age}</source>
        <translation>高龄 {age} 岁</translation>
    </message>
    <message>
        <source>No emergency contact</source>
        <translation>缺紧急联系人</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>缺联系电话</translation>
    </message>
    <message>
        <source>No ID number</source>
        <translation>缺身份证号</translation>
    </message>
    <message>
        <source>Consent form not signed</source>
        <translation>未签知情同意书</translation>
    </message>
    <message>
        <source>Semi-disabled</source>
        <translation>半失能</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>失能</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>M</source>
        <translation>男</translation>
    </message>
    <message>
        <source>F</source>
        <translation>女</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}小时{minutes}分</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分钟</translation>
    </message>
    <message>
        <source>{alert} — please complete it now</source>
        <translation>{alert}（请现场补全）</translation>
    </message>
    <message>
        <source>{name} checked in · queue number {queue} · {purpose}</source>
        <translation>{name} 已签到 · 排队号 {queue} · {purpose}</translation>
    </message>
    <message>
        <source> · with {count} family</source>
        <translation> · 同行家属 {count} 人</translation>
    </message>
    <message>
        <source>{name} checked out · queue number {queue} · stayed {duration}</source>
        <translation>{name} 已签退 · 排队号 {queue} · 在馆 {duration}</translation>
    </message>
    <message>
        <source>Nobody was in the building.</source>
        <translation>目前没有在馆的人。</translation>
    </message>
    <message>
        <source>Closing time: {count} checked out automatically</source>
        <translation>闭馆签退：{count} 人已自动签退</translation>
    </message>
    <message>
        <source>{name} is already in the building (queue number {queue}, checked in at {time})</source>
        <translation>{name} 已在馆（排队号 {queue}，{time} 签到）</translation>
    </message>
    <message>
        <source>{name} is already in the building: another desk checked them in just now</source>
        <translation>{name} 已在馆：其他前台刚刚为其签到</translation>
    </message>
    <message>
        <source>{name} is not in the building: nothing to check out</source>
        <translation>{name} 目前不在馆，无需签退</translation>
    </message>
    <message>
        <source>{name}&apos;s record is archived and cannot be checked in. If they have moved back, restore the record on the Residents page.</source>
        <translation>{name} 的档案已归档，不能签到。如已迁回，请在“居民”页恢复档案。</translation>
    </message>
    <message>
        <source>This resident&apos;s record is no longer there (merged or removed at another desk). Search again.</source>
        <translation>找不到这位居民的档案（可能刚被其他前台合并或删除），请重新查找。</translation>
    </message>
    <message>
        <source>At most {max} family members can come along.</source>
        <translation>同行家属最多 {max} 人。</translation>
    </message>
    <message>
        <source>That could not be done. Please try again.</source>
        <translation>操作未完成，请重试。</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>未保存。{problem}</translation>
    </message>
    <message>
        <source>No resident has card or slip {code}. Check the card, or search by name.</source>
        <translation>没有找到服务卡或凭条 {code} 对应的居民。请核对卡片，或按姓名查找。</translation>
    </message>
    <message>
        <source>Nobody found for “{text}”. Try the name, pinyin initials, the last four digits of the phone, or the last six of the ID number.</source>
        <translation>没有找到“{text}”。可以试试姓名、拼音首字母、手机后四位或身份证后六位。</translation>
    </message>
    <message>
        <source>Find the resident first: type or scan.</source>
        <translation>请先查找居民：输入或刷卡。</translation>
    </message>
    <message>
        <source>Type a name, initials, the last digits of a phone or ID, or scan a card; Enter checks in.</source>
        <translation>输入姓名、拼音首字母、手机或身份证尾号，或刷卡；Enter 签到</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Check out all {count} people still in the building? Their visits are marked as closed automatically.</source>
        <translation>为仍在馆的 {count} 人全部签退？这些来访将记为闭馆自动签退。</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>闭馆签退</translation>
    </message>
    <message>
        <source>Check everyone out</source>
        <translation>全部签退</translation>
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
    <name>CountsStrip</name>
    <message>
        <source>Who is in the building now (list beside the card)</source>
        <translation>当前在馆人员（名单在右侧）</translation>
    </message>
    <message>
        <source>Welfare watch: residents living alone who have stopped coming (call list)</source>
        <translation>关怀提醒：近期没来的独居常客（回访名单）</translation>
    </message>
    <message>
        <source>In the building: –</source>
        <translation>在馆 – 人</translation>
    </message>
    <message>
        <source>Today: –</source>
        <translation>今日 –</translation>
    </message>
    <message>
        <source>In the building: {count}</source>
        <translation>在馆 {count} 人</translation>
    </message>
    <message>
        <source>Today: {visits} visits / {people} people</source>
        <translation>今日 {visits} 人次 / {people} 人</translation>
    </message>
    <message>
        <source>Welfare watch: {count}</source>
        <translation>关怀提醒 {count}</translation>
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
    <name>LivePanel</name>
    <message>
        <source>In the building</source>
        <translation>在馆名单</translation>
    </message>
    <message>
        <source>Welfare watch</source>
        <translation>关怀提醒</translation>
    </message>
    <message>
        <source>Check out selected</source>
        <translation>签退所选</translation>
    </message>
    <message>
        <source>Check out the person selected in this list</source>
        <translation>为名单中选中的人签退</translation>
    </message>
    <message>
        <source>Closing time…</source>
        <translation>闭馆签退…</translation>
    </message>
    <message>
        <source>Check out everyone still in the building (marked automatic)</source>
        <translation>为所有仍在馆的人签退（记为自动签退）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>List regulars who have not come for this many days</source>
        <translation>列出连续这么多天没来的常客</translation>
    </message>
    <message>
        <source>Not seen for</source>
        <translation>连续未到</translation>
    </message>
    <message>
        <source>Residents living alone who usually come often. Call them, or their contact.</source>
        <translation>独居且平时常来的居民。请电话回访本人或其紧急联系人。</translation>
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
    <name>PresentModel</name>
    <message>
        <source>No.</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>In for</source>
        <translation>在馆时长</translation>
    </message>
    <message>
        <source>Checked in at {time}</source>
        <translation>{time} 签到</translation>
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
    <name>ResidentCardView</name>
    <message>
        <source>Find a resident by typing or scanning their card.</source>
        <translation>输入姓名或刷卡，这里显示居民信息。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Record archived: cannot check in</source>
        <translation>档案已归档，不能签到</translation>
    </message>
    <message>
        <source>In the building · queue number {queue} · since {time}</source>
        <translation>在馆 · 排队号 {queue} · {time} 签到</translation>
    </message>
    <message>
        <source>Came today, checked out at {time}</source>
        <translation>今日来过，{time} 已签退</translation>
    </message>
    <message>
        <source>Not checked in today</source>
        <translation>今日未签到</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age}岁</translation>
    </message>
    <message>
        <source>building {building}, unit {unit}, room {room}</source>
        <translation>{building}号楼{unit}单元{room}室</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name}（{relation}）</translation>
    </message>
    <message>
        <source> ({place})</source>
        <translation>（{place}）</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>已到</translation>
    </message>
    <message>
        <source>No. {queue} · in {time} · {purpose}</source>
        <translation>排队号 {queue} · {time} 签到 · {purpose}</translation>
    </message>
    <message>
        <source>out {time}</source>
        <translation>{time} 签退</translation>
    </message>
    <message>
        <source>No visits, appointments or classes yet today.</source>
        <translation>今日暂无来访、预约或课程。</translation>
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
    <name>ResultsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>已签到</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Name / pinyin initials / last 4 of phone / last 6 of ID / scan card</source>
        <translation>姓名 / 拼音首字母 / 手机后四位 / 身份证后六位 / 刷卡</translation>
    </message>
    <message>
        <source>Enter: check in · ↑ ↓: choose · Esc: clear</source>
        <translation>Enter 签到 · ↑ ↓ 选择 · Esc 清空</translation>
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
<context>
    <name>WatchModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近来访</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Came {count} times before; last on {day}. Emergency contact: {contact}</source>
        <translation>此前来过 {count} 次，最近一次 {day}。紧急联系人：{contact}</translation>
    </message>
</context>
</TS>
