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
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>打印凭条</translation>
    </message>
    <message>
        <source>Print the slip of today&apos;s visit to this desk&apos;s slip printer (F9; Shift+F9 previews it first)</source>
        <translation>把今天这次来访的凭条打印到本机的凭条打印机（F9；Shift+F9 先预览）</translation>
    </message>
    <message>
        <source>Check the resident in (Enter)</source>
        <translation>为该居民签到（Enter）</translation>
    </message>
    <message>
        <source>Check the resident out (F8)</source>
        <translation>为该居民签退（F8）</translation>
    </message>
</context>
<context>
    <name>AddDialog</name>
    <message>
        <source>Add a session</source>
        <translation>加课</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>加课</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>○ Booked</source>
        <translation>○ 已预约</translation>
    </message>
    <message>
        <source>● Arrived</source>
        <translation>● 已到</translation>
    </message>
    <message>
        <source>▶ In service</source>
        <translation>▶ 服务中</translation>
    </message>
    <message>
        <source>✓ Completed</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <source>✕ Cancelled</source>
        <translation>✕ 已取消</translation>
    </message>
    <message>
        <source>! Did not come</source>
        <translation>! 未到</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>▶ Called</source>
        <translation>▶ 已叫号</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Place offered</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>✓ Booked</source>
        <translation>✓ 已预约</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>{month}/{day} {time}</source>
        <translation>{month}月{day}日 {time}</translation>
    </message>
    <message>
        <source>No. {n}</source>
        <translation>第{n}次</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Tomb-sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Mid-autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>休息</translation>
    </message>
</context>
<context>
    <name>AgendaModels</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Booked / places</source>
        <translation>已约/名额</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>余位</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>多次</translation>
    </message>
    <message>
        <source>Queue no.</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>号</translation>
    </message>
    <message>
        <source>Waiting since / called</source>
        <translation>等候起始/叫号</translation>
    </message>
    <message>
        <source>Called {time}</source>
        <translation>{time} 已叫号</translation>
    </message>
    <message>
        <source>Since {time}</source>
        <translation>{time} 起等候</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>No slots</source>
        <translation>无时段</translation>
    </message>
    <message>
        <source>{booked}/{places}
{free} free</source>
        <translation>{booked}/{places}
余 {free}</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Station queue</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Did not come: to call</source>
        <translation>未到（待回访）</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>前一天（Alt+Left）</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>后一天（Alt+Right）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Today (Alt+Home)</source>
        <translation>今天（Alt+Home）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>One day&apos;s slots and bookings</source>
        <translation>当天各时段及预约</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>The week&apos;s counts, Monday to Sunday</source>
        <translation>本周各天预约数（周一至周日）</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务项目</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>全部服务人员</translation>
    </message>
    <message>
        <source>Day list…</source>
        <translation>当日名单…</translation>
    </message>
    <message>
        <source>The station&apos;s list of the day shown, to print (A4)</source>
        <translation>所显示日期的康养服务站名单，可打印（A4）</translation>
    </message>
    <message>
        <source>Call list…</source>
        <translation>电话回访单…</translation>
    </message>
    <message>
        <source>Everyone booked on the day shown, with their phone: to ring them the day before (A4, internal)</source>
        <translation>所显示日期的全部预约及电话，提前一天电话提醒（A4，内部资料）</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>The resident has arrived (Alt+A)</source>
        <translation>居民已到达（Alt+A）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始服务</translation>
    </message>
    <message>
        <source>Start the service (Alt+S)</source>
        <translation>开始服务（Alt+S）</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The service is done (Alt+C)</source>
        <translation>服务已完成（Alt+C）</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Cancel with a reason (Alt+X)</source>
        <translation>取消并说明原因（Alt+X）</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>改约…</translation>
    </message>
    <message>
        <source>Another free slot (Alt+M)</source>
        <translation>改到另一个空余时段（Alt+M）</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>打印预约单</translation>
    </message>
    <message>
        <source>Print the appointment slip (F9)</source>
        <translation>打印预约单（F9）</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>新预约…</translation>
    </message>
    <message>
        <source>Book a resident (Alt+N)</source>
        <translation>为居民预约（Alt+N）</translation>
    </message>
    <message>
        <source>No care-station slots on {day}: {why}.</source>
        <translation>{day}康养服务站没有可约时段：{why}。</translation>
    </message>
    <message>
        <source>{name} has arrived</source>
        <translation>{name} 已到达</translation>
    </message>
    <message>
        <source>{name}: service started</source>
        <translation>{name}：开始服务</translation>
    </message>
    <message>
        <source>{name}: service completed</source>
        <translation>{name}：服务已完成</translation>
    </message>
    <message>
        <source>{name}: {count} appointments cancelled</source>
        <translation>{name}：已取消 {count} 个预约</translation>
    </message>
    <message>
        <source>{name}&apos;s appointment cancelled</source>
        <translation>已取消 {name} 的预约</translation>
    </message>
    <message>
        <source>{service} {when}: a place is free; first on the waiting list: {name}. Tell them now?</source>
        <translation>{service} {when} 空出一个名额；候补第一位是 {name}。现在通知吗？</translation>
    </message>
    <message>
        <source>Offer the place</source>
        <translation>通知候补</translation>
    </message>
    <message>
        <source>Place at {when} offered to {name}</source>
        <translation>已通知 {name}：{when} 有名额</translation>
    </message>
    <message>
        <source>{name} is off the waiting list</source>
        <translation>{name} 已撤销候补</translation>
    </message>
    <message>
        <source>A series keeps its days: to move the rest of it, pick another time on the same day.</source>
        <translation>多次预约按原来的日期进行：要改约此后全部，请选择同一天的其他时间。</translation>
    </message>
    <message>
        <source>{count} appointments of the series moved to {time}</source>
        <translation>此后 {count} 次预约已改到 {time}</translation>
    </message>
    <message>
        <source>{name}&apos;s appointment moved to {when}</source>
        <translation>{name} 的预约已改到 {when}</translation>
    </message>
    <message>
        <source>the center is closed</source>
        <translation>中心停开</translation>
    </message>
    <message>
        <source>a rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>no provider has hours that day</source>
        <translation>当天没有服务人员排班</translation>
    </message>
    <message>
        <source>{name}&apos;s appointment slip</source>
        <translation>{name}的预约单</translation>
    </message>
    <message>
        <source>Care station slots</source>
        <translation>康养服务站时段</translation>
    </message>
    <message>
        <source>Care station bookings</source>
        <translation>康养服务站预约</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>电话回访单</translation>
    </message>
    <message>
        <source>Care station day list</source>
        <translation>康养服务站当日名单</translation>
    </message>
    <message>
        <source>New appointment: who?</source>
        <translation>新预约：为哪位居民？</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>没有人在排队。</translation>
    </message>
    <message>
        <source>Next: {number} {name} ({service})</source>
        <translation>下一位：{number} {name}（{service}）</translation>
    </message>
    <message>
        <source>{name}: done</source>
        <translation>{name}：已完成</translation>
    </message>
    <message>
        <source>{name} left the queue</source>
        <translation>{name} 已离开</translation>
    </message>
    <message>
        <source>Walk-in: who, for what?</source>
        <translation>现场登记：哪位居民，什么服务？</translation>
    </message>
    <message>
        <source>{name} takes the {time} slot · queue number {number}</source>
        <translation>{name} 安排在 {time} 时段 · 排队号 {number}</translation>
    </message>
    <message>
        <source>{name} is waiting (no free slot now) · queue number {number}</source>
        <translation>{name} 排队等候（目前没有空余时段）· 排队号 {number}</translation>
    </message>
    <message>
        <source>{count} did not come; they are listed to call.</source>
        <translation>{count} 人未到，已列入待回访名单。</translation>
    </message>
    <message>
        <source>{name}: called back</source>
        <translation>{name}：已回访</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Station day</source>
        <translation>站点日程</translation>
    </message>
    <message>
        <source>Services and hours</source>
        <translation>服务项目与排班</translation>
    </message>
    <message>
        <source>Community partners</source>
        <translation>社区合伙人</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive {name}</source>
        <translation>归档：{name}</translation>
    </message>
    <message>
        <source>The record is kept with its history, but leaves search and the lists. It can be restored from “Archived” at any time.</source>
        <translation>档案和来访记录都会保留，但不再出现在查找和名单里。随时可以在“已归档”中恢复。</translation>
    </message>
    <message>
        <source>Note, e.g. moved to her daughter&apos;s in Taiyuan</source>
        <translation>备注，如：随女儿迁往太原</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Registered a resident</source>
        <translation>登记居民</translation>
    </message>
    <message>
        <source>Edited a resident</source>
        <translation>修改居民信息</translation>
    </message>
    <message>
        <source>Showed a full ID number</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <source>Showed full phone numbers</source>
        <translation>查看完整电话号码</translation>
    </message>
    <message>
        <source>Archived a resident</source>
        <translation>归档居民</translation>
    </message>
    <message>
        <source>Took a resident out of the archive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>Merged duplicate records</source>
        <translation>合并重复档案</translation>
    </message>
    <message>
        <source>Undid a merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Filled with demo data</source>
        <translation>填入演示数据</translation>
    </message>
    <message>
        <source>Recorded consent</source>
        <translation>登记知情同意</translation>
    </message>
    <message>
        <source>Exported a resident&apos;s data</source>
        <translation>导出居民资料</translation>
    </message>
    <message>
        <source>Printed a form for a resident</source>
        <translation>为居民打印表格</translation>
    </message>
    <message>
        <source>Saved a report as a workbook</source>
        <translation>将报表保存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Issued a new member card</source>
        <translation>补办/发放服务卡</translation>
    </message>
    <message>
        <source>Anonymised expired records</source>
        <translation>匿名化过期档案</translation>
    </message>
    <message>
        <source>Imported residents from a roster</source>
        <translation>从名单导入居民</translation>
    </message>
    <message>
        <source>Saved a roster&apos;s rejected rows to a file</source>
        <translation>将名单中未导入的行保存为文件</translation>
    </message>
    <message>
        <source>Created the first manager</source>
        <translation>创建首个管理员</translation>
    </message>
    <message>
        <source>Added a staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Closing time: checked everyone out</source>
        <translation>闭馆签退（全部）</translation>
    </message>
    <message>
        <source>Booked an appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Booked a series of appointments</source>
        <translation>多次预约</translation>
    </message>
    <message>
        <source>Moved an appointment</source>
        <translation>改约</translation>
    </message>
    <message>
        <source>Moved the rest of a series of appointments</source>
        <translation>多次预约此后全部改约</translation>
    </message>
    <message>
        <source>Cancelled an appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Marked an appointment arrived</source>
        <translation>登记到达</translation>
    </message>
    <message>
        <source>Started a service</source>
        <translation>开始服务</translation>
    </message>
    <message>
        <source>Completed a service</source>
        <translation>完成服务</translation>
    </message>
    <message>
        <source>Marked the day&apos;s no-shows</source>
        <translation>标记当日未到</translation>
    </message>
    <message>
        <source>Reviewed a no-show</source>
        <translation>未到回访</translation>
    </message>
    <message>
        <source>Took a walk-in&apos;s slot at the care station</source>
        <translation>康养服务站现场登记（占用时段）</translation>
    </message>
    <message>
        <source>Joined the care station&apos;s queue</source>
        <translation>加入康养服务站排队</translation>
    </message>
    <message>
        <source>Called the next in the queue</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Finished serving someone in the queue</source>
        <translation>排队服务完成</translation>
    </message>
    <message>
        <source>Marked someone as having left the queue</source>
        <translation>标记排队者离开</translation>
    </message>
    <message>
        <source>Put a resident on the waiting list</source>
        <translation>登记候补</translation>
    </message>
    <message>
        <source>Offered a freed place from the waiting list</source>
        <translation>通知候补名额</translation>
    </message>
    <message>
        <source>Booked an offered place from the waiting list</source>
        <translation>候补转为预约</translation>
    </message>
    <message>
        <source>Took a resident off the waiting list</source>
        <translation>撤销候补</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Deactivated or reactivated a staff member</source>
        <translation>停用或启用员工</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Changed the second backup folder</source>
        <translation>更改第二备份位置</translation>
    </message>
    <message>
        <source>Checked the audit log</source>
        <translation>校验操作日志</translation>
    </message>
    <message>
        <source>Looked at health readings</source>
        <translation>查看健康读数</translation>
    </message>
    <message>
        <source>Added a community partner</source>
        <translation>添加社区合伙人</translation>
    </message>
    <message>
        <source>Edited a community partner</source>
        <translation>修改社区合伙人</translation>
    </message>
    <message>
        <source>Added a partner&apos;s staff member</source>
        <translation>添加合伙人人员</translation>
    </message>
    <message>
        <source>Edited a partner&apos;s staff member</source>
        <translation>修改合伙人人员</translation>
    </message>
    <message>
        <source>Added a care service</source>
        <translation>添加康养服务项目</translation>
    </message>
    <message>
        <source>Edited a care service</source>
        <translation>修改康养服务项目</translation>
    </message>
    <message>
        <source>Changed a provider&apos;s weekly hours</source>
        <translation>修改服务人员每周排班</translation>
    </message>
    <message>
        <source>Added a provider&apos;s leave or extra session</source>
        <translation>添加服务人员请假或临时加开</translation>
    </message>
    <message>
        <source>Removed a provider&apos;s leave or extra session</source>
        <translation>删除服务人员请假或临时加开</translation>
    </message>
    <message>
        <source>Set the center open or closed on a day</source>
        <translation>设置中心某日开放或闭馆</translation>
    </message>
    <message>
        <source>Recorded health readings</source>
        <translation>记录健康读数</translation>
    </message>
    <message>
        <source>Enrolled a resident in a course</source>
        <translation>为居民报名课程</translation>
    </message>
    <message>
        <source>Put a resident on a course&apos;s waiting list</source>
        <translation>将居民列入课程候补</translation>
    </message>
    <message>
        <source>Withdrew a resident from a course</source>
        <translation>为居民退课</translation>
    </message>
    <message>
        <source>Moved a resident up from a course&apos;s waiting list</source>
        <translation>候补居民递补入课</translation>
    </message>
    <message>
        <source>Told a resident of their place in a course</source>
        <translation>通知居民已有名额</translation>
    </message>
    <message>
        <source>Changed the companions of an enrollment</source>
        <translation>修改报名的同行人</translation>
    </message>
    <message>
        <source>Recorded a training outcome</source>
        <translation>登记培训结果</translation>
    </message>
    <message>
        <source>Ticked a resident present on a class roster</source>
        <translation>在签到表上勾选居民已到</translation>
    </message>
    <message>
        <source>Took a tick off a class roster</source>
        <translation>取消签到表上的勾选</translation>
    </message>
    <message>
        <source>Scanned a card at a class&apos;s door</source>
        <translation>课堂门口扫码</translation>
    </message>
    <message>
        <source>Marked present in today&apos;s class at check-in</source>
        <translation>签到时登记今日上课出勤</translation>
    </message>
    <message>
        <source>Set up or edited a term</source>
        <translation>新建或修改学期</translation>
    </message>
    <message>
        <source>Set up or edited a course and its sessions</source>
        <translation>新建或修改课程及课次</translation>
    </message>
    <message>
        <source>Set up an event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Moved a room booking</source>
        <translation>改约教室预订</translation>
    </message>
    <message>
        <source>Moved a class session</source>
        <translation>调课</translation>
    </message>
    <message>
        <source>Added or edited a room</source>
        <translation>添加或修改教室</translation>
    </message>
    <message>
        <source>Booked a room</source>
        <translation>预订教室</translation>
    </message>
    <message>
        <source>Edited a room booking</source>
        <translation>修改教室预订</translation>
    </message>
    <message>
        <source>Cancelled a room booking</source>
        <translation>取消教室预订</translation>
    </message>
    <message>
        <source>Cancelled a class session</source>
        <translation>停课</translation>
    </message>
    <message>
        <source>Held a cancelled class session after all</source>
        <translation>恢复已停的课次</translation>
    </message>
    <message>
        <source>Added a class session</source>
        <translation>加课</translation>
    </message>
    <message>
        <source>Exported the residents&apos; register to a spreadsheet</source>
        <translation>将居民档案导出为表格</translation>
    </message>
    <message>
        <source>Exported a table to a spreadsheet</source>
        <translation>将列表导出为表格</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>日志条目</translation>
    </message>
    <message>
        <source>Community partner</source>
        <translation>社区合伙人</translation>
    </message>
    <message>
        <source>Care service</source>
        <translation>康养服务项目</translation>
    </message>
    <message>
        <source>Leave or extra session</source>
        <translation>请假或临时加开</translation>
    </message>
    <message>
        <source>Center&apos;s day</source>
        <translation>中心开放日</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Account active</source>
        <translation>账号启用</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>被合并的档案</translation>
    </message>
    <message>
        <source>Merge number</source>
        <translation>合并记录号</translation>
    </message>
    <message>
        <source>Visits moved</source>
        <translation>转移的签到记录</translation>
    </message>
    <message>
        <source>Fields filled in</source>
        <translation>补充的项目</translation>
    </message>
    <message>
        <source>Fields shown</source>
        <translation>显示的项目</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Kept for (days)</source>
        <translation>保留天数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>An old card voided</source>
        <translation>旧卡作废</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Left out (health data)</source>
        <translation>未导出（健康信息）</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>第二备份位置</translation>
    </message>
    <message>
        <source>Second folder missed its copy</source>
        <translation>第二备份位置未收到副本</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Older entries cleared</source>
        <translation>已清除的早期日志</translation>
    </message>
    <message>
        <source>Backups compared</source>
        <translation>比对的备份数</translation>
    </message>
    <message>
        <source>Backup taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Agreement from</source>
        <translation>协议开始</translation>
    </message>
    <message>
        <source>Agreement until</source>
        <translation>协议到期</translation>
    </message>
    <message>
        <source>Staff member number</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <source>Minutes a slot</source>
        <translation>每时段分钟数</translation>
    </message>
    <message>
        <source>Places a slot</source>
        <translation>每时段名额</translation>
    </message>
    <message>
        <source>Partner number</source>
        <translation>合伙人编号</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>服务项目编号</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Price (fen)</source>
        <translation>价格（分）</translation>
    </message>
    <message>
        <source>Market price (fen)</source>
        <translation>市场价（分）</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>需携带</translation>
    </message>
    <message>
        <source>Fasting</source>
        <translation>需空腹</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>每周排班</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>预订编号</translation>
    </message>
    <message>
        <source>Room number</source>
        <translation>教室编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>预计人数</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Set-up (minutes)</source>
        <translation>布置时间（分钟）</translation>
    </message>
    <message>
        <source>Clean-up (minutes)</source>
        <translation>整理时间（分钟）</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测量时间</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>What was shown</source>
        <translation>查看内容</translation>
    </message>
    <message>
        <source>Systolic (mmHg)</source>
        <translation>收缩压（mmHg）</translation>
    </message>
    <message>
        <source>Diastolic (mmHg)</source>
        <translation>舒张压（mmHg）</translation>
    </message>
    <message>
        <source>Pulse (/min)</source>
        <translation>脉搏（次/分）</translation>
    </message>
    <message>
        <source>Blood sugar (mmol/L)</source>
        <translation>血糖（mmol/L）</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>体重（kg）</translation>
    </message>
    <message>
        <source>Course number</source>
        <translation>课程编号</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>报名编号</translation>
    </message>
    <message>
        <source>Class session number</source>
        <translation>课次编号</translation>
    </message>
    <message>
        <source>Class sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>同行人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>就业单位</translation>
    </message>
    <message>
        <source>Started work on</source>
        <translation>上岗日期</translation>
    </message>
    <message>
        <source>Let in at the door</source>
        <translation>门口放行</translation>
    </message>
    <message>
        <source>Residents chosen</source>
        <translation>所选居民</translation>
    </message>
    <message>
        <source>Living situation</source>
        <translation>居住情况</translation>
    </message>
    <message>
        <source>Archived residents</source>
        <translation>已归档居民</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>名单导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>File fingerprint</source>
        <translation>文件校验码</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>From line</source>
        <translation>起始行</translation>
    </message>
    <message>
        <source>To line</source>
        <translation>结束行</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>新登记人数</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新人数</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未导入行数</translation>
    </message>
    <message>
        <source>Residents registered</source>
        <translation>新登记的居民</translation>
    </message>
    <message>
        <source>Residents updated</source>
        <translation>更新的居民</translation>
    </message>
    <message>
        <source>Full ID and phone numbers</source>
        <translation>完整身份证号和电话号码</translation>
    </message>
    <message>
        <source>Health data included</source>
        <translation>含健康信息</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Blood pressure high</source>
        <translation>血压偏高</translation>
    </message>
    <message>
        <source>Blood pressure low</source>
        <translation>血压偏低</translation>
    </message>
    <message>
        <source>Blood sugar high</source>
        <translation>血糖偏高</translation>
    </message>
    <message>
        <source>Blood sugar low</source>
        <translation>血糖偏低</translation>
    </message>
    <message>
        <source>Pulse fast</source>
        <translation>脉搏偏快</translation>
    </message>
    <message>
        <source>Pulse slow</source>
        <translation>脉搏偏慢</translation>
    </message>
    <message>
        <source>The history of readings</source>
        <translation>历史读数</translation>
    </message>
    <message>
        <source>The latest reading</source>
        <translation>最近一次读数</translation>
    </message>
    <message>
        <source>The blood pressure trend</source>
        <translation>血压趋势</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>System (sign-in)</source>
        <translation>系统（登录）</translation>
    </message>
    <message>
        <source>System (start-up)</source>
        <translation>系统（启动）</translation>
    </message>
    <message>
        <source>System (restore)</source>
        <translation>系统（恢复）</translation>
    </message>
    <message>
        <source>System (backup)</source>
        <translation>系统（备份）</translation>
    </message>
    <message>
        <source>System (self-test)</source>
        <translation>系统（自检）</translation>
    </message>
    <message>
        <source>System (demo data)</source>
        <translation>系统（演示数据）</translation>
    </message>
    <message>
        <source>System (command line)</source>
        <translation>系统（命令行）</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>知情同意书</translation>
    </message>
    <message>
        <source>Visit slip</source>
        <translation>来访凭条</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>服务卡</translation>
    </message>
    <message>
        <source>Who is in the building</source>
        <translation>在馆名单</translation>
    </message>
    <message>
        <source>Welfare call list</source>
        <translation>关怀回访名单</translation>
    </message>
    <message>
        <source>Own data</source>
        <translation>本人信息</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>预约单</translation>
    </message>
    <message>
        <source>Reminder call list</source>
        <translation>预约提醒电话名单</translation>
    </message>
    <message>
        <source>Care station day list</source>
        <translation>康养服务站当日名单</translation>
    </message>
    <message>
        <source>Class sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Enrollment slip</source>
        <translation>报名回执</translation>
    </message>
    <message>
        <source>Resident&apos;s timetable</source>
        <translation>居民课表</translation>
    </message>
    <message>
        <source>Room&apos;s week timetable</source>
        <translation>教室周课表</translation>
    </message>
    <message>
        <source>Cancelled session&apos;s call list</source>
        <translation>停课通知电话单</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Community partners&apos; statements</source>
        <translation>社区合伙人服务记录</translation>
    </message>
    <message>
        <source>the newest entries were cut off</source>
        <translation>最新的若干条被截掉</translation>
    </message>
    <message>
        <source>not what a backup recorded: the log was rewritten</source>
        <translation>与备份记录不符：日志被改写</translation>
    </message>
    <message>
        <source>System · {name}</source>
        <translation>系统 · {name}</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>（未登录）</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Erased when the resident was anonymised</source>
        <translation>居民匿名化时已删除</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The log is intact: {count} entries, all checked.</source>
        <translation>日志完整：共 {count} 条，校验通过。</translation>
    </message>
    <message>
        <source> It agrees with the {anchors} backups that recorded its state.</source>
        <translation>与记录其状态的 {anchors} 份备份一致。</translation>
    </message>
    <message>
        <source>The log was cut short: entry #{entry}, the newest when the backup of {when} was taken, is missing, and so is everything after it. The log now ends at entry #{last}.</source>
        <translation>日志被截短：{when} 的备份记录的最新一条（第 {entry} 条）及其后的所有条目都已不在。日志现在止于第 {last} 条。</translation>
    </message>
    <message>
        <source>The log does not match the backup of {when}: entry #{entry} is not what that backup recorded, so the log was rewritten after it.</source>
        <translation>日志与 {when} 的备份不符：第 {entry} 条与该备份记录的不同，日志在其后被改写。</translation>
    </message>
    <message>
        <source>The log has been altered at entry #{entry}: {problem}. The {count} entries before it are intact.</source>
        <translation>日志在第 {entry} 条被改动：{problem}。此前的 {count} 条完好。</translation>
    </message>
    <message>
        <source>Checking… {done} of {total} entries</source>
        <translation>正在校验… {done} / {total} 条</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Entries checked</source>
        <translation>已校验条数</translation>
    </message>
    <message>
        <source>First broken entry</source>
        <translation>首个出错条目</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>edited after it was written</source>
        <translation>该条写入后被修改</translation>
    </message>
    <message>
        <source>an entry before it was deleted, or entries were reordered</source>
        <translation>它前面的条目被删除，或条目顺序被打乱</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Check the log</source>
        <translation>校验日志</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s seal to show whether anything was edited, deleted or reordered (Ctrl+K)</source>
        <translation>逐条重新计算校验码，查出是否有条目被修改、删除或调换顺序（Ctrl+K）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Every entry the filters match, to an Excel or CSV file (Ctrl+Shift+E in the list)</source>
        <translation>把符合筛选条件的全部条目导出为 Excel 或 CSV 文件（在列表中按 Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Number or part of the name</source>
        <translation>居民编号或姓名</translation>
    </message>
    <message>
        <source>Anything in the entry</source>
        <translation>任意内容</translation>
    </message>
    <message>
        <source>Search the details, names and staff (Ctrl+F)</source>
        <translation>在详情、姓名和员工中查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>The first day is after the last day: change one of the dates.</source>
        <translation>开始日期晚于结束日期：请改正其中一个日期。</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>正在读取日志…</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message>
        <source>{count} entries shown; scroll down for older ones.</source>
        <translation>已显示 {count} 条；向下滚动查看更早的记录。</translation>
    </message>
    <message>
        <source>{count} entries.</source>
        <translation>共 {count} 条。</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>选中一条记录，查看它改动了什么。</translation>
    </message>
    <message>
        <source>entry #{number}</source>
        <translation>记录 #{number}</translation>
    </message>
    <message>
        <source>Checking the log…</source>
        <translation>正在校验日志…</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Who did what and when on every desk, with what changed. Each entry is sealed to the one before, so a check shows whether anything was edited or deleted.</source>
        <translation>各前台谁在何时做了什么、改动了哪些内容。每条记录都与前一条相互校验，校验即可发现是否有记录被修改或删除。</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>操作日志…</translation>
    </message>
    <message>
        <source>Browse and check the audit log</source>
        <translation>查看并校验操作日志</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>⚠ Second backup folder unavailable</source>
        <translation>⚠ 第二备份位置不可用</translation>
    </message>
    <message>
        <source>The automatic backup was saved on this computer, but it could not be copied to the second backup folder ({folder}). Check that the USB drive or network folder is connected, and tell a manager.</source>
        <translation>自动备份已保存在本机，但没能复制到第二备份位置（{folder}）。请检查 U 盘或网络文件夹是否已连接，并告知管理员。</translation>
    </message>
    <message>
        <source>⚠ Automatic backup failed</source>
        <translation>⚠ 自动备份失败</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {reason} Tell a manager.</source>
        <translation>没能完成自动备份：{reason}请告知管理员。</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访人次</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>{folder}, and a copy in {second}</source>
        <translation>{folder}；{second} 另有一份</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>an unexpected error; see the log file.</source>
        <translation>出现意外错误，详情见日志文件。</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before anonymisation</source>
        <translation>匿名化前</translation>
    </message>
    <message>
        <source>At start-up</source>
        <translation>启动时</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>每 30 分钟</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>the backup file is no longer there.</source>
        <translation>备份文件已不在原处。</translation>
    </message>
    <message>
        <source>the backup file is damaged (it failed its check). Choose another backup.</source>
        <translation>备份文件已损坏（未通过检查）。请选择另一份备份。</translation>
    </message>
    <message>
        <source>the file is not a frontdesk database.</source>
        <translation>该文件不是 frontdesk 数据库。</translation>
    </message>
    <message>
        <source>the backup was made by a newer version of frontdesk. Update this program first.</source>
        <translation>这份备份由更新版本的 frontdesk 生成。请先更新本程序。</translation>
    </message>
    <message>
        <source>the backup was made by a version of frontdesk this program does not know.</source>
        <translation>这份备份由本程序不认识的 frontdesk 版本生成。</translation>
    </message>
    <message>
        <source>Choose a whole folder path, such as E:\备份.</source>
        <translation>请选择完整的文件夹路径，例如 E:\备份。</translation>
    </message>
    <message>
        <source>That is the folder the backups are kept in already; choose another drive or folder.</source>
        <translation>备份本来就保存在这个文件夹里；请选择另一个磁盘或文件夹。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>A safety backup: kept for {days} days whatever the periodic backups do, until {date}.</source>
        <translation>安全备份：不受定时备份轮换影响，保留 {days} 天，至 {date}。</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>没有恢复任何数据：{reason}</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访人次</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>操作日志条数</translation>
    </message>
    <message>
        <source>{what} {count}</source>
        <translation>{what} {count}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Backups and recovery</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>This desk uses a database server. Backing it up is the server administrator&apos;s job (for example with pg_dump); this desk takes no backups of its own.</source>
        <translation>本机使用的是数据库服务器。服务器的备份由服务器管理员负责（例如用 pg_dump），本机不另做备份。</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>第二备份位置</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>None: backups are kept on this computer only</source>
        <translation>未设置：备份只保存在本机</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Second backup folder on this desk: every backup is also copied there, for example to a USB drive or a network folder. If it cannot be reached, backups still go on here.</source>
        <translation>本机的第二备份位置：每次备份都另复制一份到这里，例如 U 盘或网络文件夹。它无法访问时，本机的备份照常进行。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>没有备份成功：{reason}</translation>
    </message>
    <message>
        <source>Backed up at {time}: {counts}. Saved as {path}.</source>
        <translation>已于 {time} 备份：{counts}。保存为 {path}。</translation>
    </message>
    <message>
        <source>Choose the second backup folder</source>
        <translation>选择第二备份位置</translation>
    </message>
    <message>
        <source>The second backup folder {folder} cannot be reached or written to (USB drive unplugged? network folder gone?). Backups are still kept on this computer; plug the drive back in or choose another folder.</source>
        <translation>第二备份位置 {folder} 无法访问或无法写入（U 盘拔掉了？网络文件夹断开了？）。备份仍保存在本机；请重新插上 U 盘，或选择别的位置。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>没有恢复：{reason}</translation>
    </message>
    <message>
        <source>Restored, but the database could not be opened again: {reason} Close frontdesk and start it again.</source>
        <translation>已恢复，但数据库没能重新打开：{reason} 请关闭 frontdesk 再重新启动。</translation>
    </message>
    <message>
        <source>The backup of {time} was restored.</source>
        <translation>已恢复 {time} 的备份。</translation>
    </message>
    <message>
        <source>The database as it was before is kept as {path}.</source>
        <translation>恢复前的数据库保存为 {path}。</translation>
    </message>
    <message>
        <source>The second backup folder {folder} could not be reached, so that backup is only on this computer for now.</source>
        <translation>第二备份位置 {folder} 无法访问，因此这份备份目前仅保存在本机。</translation>
    </message>
    <message>
        <source>The backup of {time} was put in place, but the step after it failed: {reason}</source>
        <translation>{time} 的备份已替换当前数据库，但之后的步骤失败：{reason}</translation>
    </message>
    <message>
        <source>Close frontdesk and start it again: it checks the database when it starts.</source>
        <translation>请关闭 frontdesk 后重新启动：启动时会检查数据库。</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>该期间没有可统计的数据。</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Full: another desk took the last place a moment ago. Choose another time.</source>
        <translation>已满：其他前台刚刚约走了最后一个名额。请另选时间。</translation>
    </message>
    <message>
        <source>{name} already has an appointment then ({service} {time}). Choose another time.</source>
        <translation>{name} 这个时间已有预约（{service} {time}）。请另选时间。</translation>
    </message>
    <message>
        <source>The station does not serve {service} then (a day off or leave).</source>
        <translation>康养服务站这个时间不提供{service}（休息或请假）。</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>这个时间已经过了。</translation>
    </message>
    <message>
        <source>Appointments can be made at most {days} days ahead.</source>
        <translation>最多只能提前 {days} 天预约。</translation>
    </message>
    <message>
        <source>This resident&apos;s record is no longer there.</source>
        <translation>找不到这位居民的档案了。</translation>
    </message>
    <message>
        <source>{name}&apos;s record is archived: restore it to book.</source>
        <translation>{name} 的档案已归档：请先恢复档案再预约。</translation>
    </message>
    <message>
        <source>This service is no longer offered.</source>
        <translation>这项服务已不再提供。</translation>
    </message>
    <message>
        <source>Tick at least one weekday.</source>
        <translation>请至少勾选一个星期几。</translation>
    </message>
    <message>
        <source>A series runs 1 to {max} weeks.</source>
        <translation>多次预约可连续 1 到 {max} 周。</translation>
    </message>
    <message>
        <source>A series holds at most {max} appointments.</source>
        <translation>多次预约最多 {max} 次。</translation>
    </message>
    <message>
        <source>None of the dates can be booked.</source>
        <translation>这些日期都约不上。</translation>
    </message>
    <message>
        <source>This appointment is no longer there.</source>
        <translation>找不到这个预约了。</translation>
    </message>
    <message>
        <source>This appointment can no longer be changed.</source>
        <translation>这个预约已不能更改。</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>请说明取消预约的原因。</translation>
    </message>
    <message>
        <source>The reason can be at most {max} characters.</source>
        <translation>原因最多 {max} 个字。</translation>
    </message>
    <message>
        <source>This appointment&apos;s status cannot change that way.</source>
        <translation>这个预约的状态不能这样改。</translation>
    </message>
    <message>
        <source>{name} is already on the waiting list for {service} that day.</source>
        <translation>{name} 已在当天{service}的候补名单中。</translation>
    </message>
    <message>
        <source>That day still has free places: book one instead.</source>
        <translation>当天还有空余名额：请直接预约。</translation>
    </message>
    <message>
        <source>The station does not serve {service} that day.</source>
        <translation>康养服务站当天不提供{service}。</translation>
    </message>
    <message>
        <source>That day is over: its waiting list is closed.</source>
        <translation>当天已过，候补已关闭。</translation>
    </message>
    <message>
        <source>{name} is already in the station&apos;s queue (number {number}).</source>
        <translation>{name} 已在康养服务站排队（排队号 {number}）。</translation>
    </message>
    <message>
        <source>This waiting-list place is no longer open.</source>
        <translation>这个候补名额已失效。</translation>
    </message>
    <message>
        <source>This waiting-list place is no longer there.</source>
        <translation>找不到这条候补记录了。</translation>
    </message>
    <message>
        <source>That status cannot be set by hand.</source>
        <translation>该状态不能手动设置。</translation>
    </message>
    <message>
        <source>The day&apos;s last slot has not ended yet: mark who did not come after it.</source>
        <translation>当天最后一个时段尚未结束，请在结束后再标记未到。</translation>
    </message>
    <message>
        <source>That appointment is not marked as not come.</source>
        <translation>该预约未标记为未到。</translation>
    </message>
    <message>
        <source>That queue number is no longer there.</source>
        <translation>该排队号已不存在。</translation>
    </message>
    <message>
        <source>That queue number has already been served or has left.</source>
        <translation>该排队号已服务完毕或已离开。</translation>
    </message>
    <message>
        <source>Offer a place on the day the resident is waiting for.</source>
        <translation>请提供居民候补当天的名额。</translation>
    </message>
    <message>
        <source>The note can be at most {max} characters.</source>
        <translation>备注最多 {max} 个字。</translation>
    </message>
    <message>
        <source>This appointment is not part of a series.</source>
        <translation>这个预约不属于多次预约。</translation>
    </message>
    <message>
        <source>Nothing was moved: not every date can take that time ({dates}). Choose another time.</source>
        <translation>未作任何更改：这些日期的该时间无法预约（{dates}）。请另选时间。</translation>
    </message>
    <message>
        <source>full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>closed that day</source>
        <translation>当天休息</translation>
    </message>
    <message>
        <source>clashes with another appointment</source>
        <translation>与其他预约冲突</translation>
    </message>
    <message>
        <source>already passed</source>
        <translation>已过</translation>
    </message>
    <message>
        <source>too far ahead</source>
        <translation>超出可预约天数</translation>
    </message>
    <message>
        <source>{weekday} {month}/{day}</source>
        <translation>{month}月{day}日 {weekday}</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>余 {count}</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>¥{amount}</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>需空腹</translation>
    </message>
    <message>
        <source>Booked: {service} {day} {time}</source>
        <translation>已预约：{service} {day} {time}</translation>
    </message>
    <message>
        <source>{booked}, {person}</source>
        <translation>{booked}，{person}</translation>
    </message>
    <message>
        <source>Booked {service} on {count} dates; {skipped} could not be.</source>
        <translation>已预约{service} {count} 次；另有 {skipped} 个日期约不上。</translation>
    </message>
    <message>
        <source>Booked {service} on {count} dates.</source>
        <translation>已预约{service} {count} 次。</translation>
    </message>
    <message>
        <source>{when} · can be booked</source>
        <translation>{when} · 可约</translation>
    </message>
    <message>
        <source>{when} · cannot be booked: {why}</source>
        <translation>{when} · 不可约：{why}</translation>
    </message>
    <message>
        <source>not bookable</source>
        <translation>不可约</translation>
    </message>
    <message>
        <source>{name} is on the waiting list for {service} on {day} (number {position}).</source>
        <translation>{name} 已登记 {day} {service}的候补（第 {position} 位）。</translation>
    </message>
    <message>
        <source>Walk-in: {service} now, queue number {number}.</source>
        <translation>现场：{service} 现在就办，排队号 {number}。</translation>
    </message>
    <message>
        <source>Walk-in: no free place now; queue number {number} for {service}.</source>
        <translation>现场：目前没有空余名额；{service}排队号 {number}。</translation>
    </message>
    <message>
        <source>This could not be done. Please try again.</source>
        <translation>操作未完成，请重试。</translation>
    </message>
    <message>
        <source>Bring: {what}</source>
        <translation>请携带：{what}</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book for {name}</source>
        <translation>为 {name} 预约</translation>
    </message>
    <message>
        <source>Appointment for {name}</source>
        <translation>{name} 的预约</translation>
    </message>
    <message>
        <source>Type the service&apos;s first character to find it; Enter goes to the times</source>
        <translation>输入服务项目的第一个字即可找到；按 Enter 去选时间</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>服务项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Once</source>
        <translation>单次(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>多次(&amp;S)</translation>
    </message>
    <message>
        <source>Arrows choose a time; Enter books it. Greyed times are full.</source>
        <translation>用方向键选时间，按 Enter 预约。灰色的时间已满。</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>服务人员(&amp;P)</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Book the chosen time (Enter)</source>
        <translation>预约所选时间（Enter）</translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation>候补(&amp;W)</translation>
    </message>
    <message>
        <source>Every place of this day is taken: join its waiting list</source>
        <translation>当天名额已满：登记候补</translation>
    </message>
    <message>
        <source>Wal&amp;k-in now</source>
        <translation>现场(&amp;K)</translation>
    </message>
    <message>
        <source>The resident is here: take the place now, or join the station&apos;s queue</source>
        <translation>居民已在现场：马上占用名额，或加入康养服务站排队</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>打印预约单</translation>
    </message>
    <message>
        <source>Print the appointment slip of what was just booked (F9)</source>
        <translation>打印刚才预约的预约单（F9）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>For</source>
        <translation>共</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Book &amp;all bookable dates</source>
        <translation>预约全部可约日期(&amp;A)</translation>
    </message>
    <message>
        <source>The care station offers no services yet.</source>
        <translation>康养服务站还没有设置服务项目。</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>不限服务人员</translation>
    </message>
    <message>
        <source>Choose a service and a time first.</source>
        <translation>请先选择服务项目和时间。</translation>
    </message>
    <message>
        <source>{name}&apos;s appointment slip</source>
        <translation>{name}的预约单</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <source>Cancel room booking</source>
        <translation>取消教室预订</translation>
    </message>
    <message>
        <source>{title} · {room} · {when}</source>
        <translation>{title} · {room} · {when}</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>The speaker cannot come</source>
        <translation>主讲人来不了</translation>
    </message>
    <message>
        <source>The weather</source>
        <translation>天气原因</translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation>订错了</translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation>选择或填写原因</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>取消预订</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>不取消</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Feeling unwell</source>
        <translation>身体不适</translation>
    </message>
    <message>
        <source>Something came up</source>
        <translation>临时有事</translation>
    </message>
    <message>
        <source>Family matters</source>
        <translation>家里有事</translation>
    </message>
    <message>
        <source>The weather</source>
        <translation>天气原因</translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation>选择或输入原因</translation>
    </message>
    <message>
        <source>Also cancel the rest of the series</source>
        <translation>同时取消此后全部</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>不取消</translation>
    </message>
    <message>
        <source>{name} · {when}</source>
        <translation>{name} · {when}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel a session</source>
        <translation>停课</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>e.g. 老师生病</source>
        <translation>如：老师生病</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>停课</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>同行人</translation>
    </message>
    <message>
        <source>Print the call list</source>
        <translation>打印通知名单</translation>
    </message>
    <message>
        <source>Print the call list (Ctrl+P)</source>
        <translation>打印通知名单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Cancelled. Call these {n} residents:</source>
        <translation>已停课。请电话通知以下 {n} 位居民：</translation>
    </message>
    <message>
        <source>Cancelled. Nobody is enrolled: nobody to call.</source>
        <translation>已停课。没有人报名，无需通知。</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Enterprise in the district</source>
        <translation>驻区企业</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Capable resident</source>
        <translation>居民能人</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>理疗师</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>授课老师</translation>
    </message>
    <message>
        <source>Health lecturer</source>
        <translation>健康讲师</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>临时加开</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>太长了：最多 {max} 个字。</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Not a phone number: an 11-digit mobile, or a landline with its area code (0352-1234567).</source>
        <translation>电话号码格式不对：手机是 11 位数字，座机要带区号（如 0352-1234567）。</translation>
    </message>
    <message>
        <source>A partner of this name is already registered.</source>
        <translation>已有同名的社区合伙人。</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation>协议到期日不能早于开始日。</translation>
    </message>
    <message>
        <source>That partner is no longer registered: refresh the list.</source>
        <translation>该合伙人已不在登记中：请刷新列表。</translation>
    </message>
    <message>
        <source>That person is no longer registered: refresh the list.</source>
        <translation>该人员已不在登记中：请刷新列表。</translation>
    </message>
    <message>
        <source>That service no longer exists: refresh the list.</source>
        <translation>该服务项目已不存在：请刷新列表。</translation>
    </message>
    <message>
        <source>That entry was already removed.</source>
        <translation>该条目已被删除。</translation>
    </message>
    <message>
        <source>A service of this name already exists.</source>
        <translation>已有同名的服务项目。</translation>
    </message>
    <message>
        <source>Between {minimum} and {maximum} minutes.</source>
        <translation>应为 {minimum}–{maximum} 分钟。</translation>
    </message>
    <message>
        <source>Between {minimum} and {maximum} places.</source>
        <translation>应为 {minimum}–{maximum} 个名额。</translation>
    </message>
    <message>
        <source>Not a price the station would ask.</source>
        <translation>这个价格不对，请核对。</translation>
    </message>
    <message>
        <source>The market price is what it costs elsewhere: not below the station&apos;s price.</source>
        <translation>市场价是在别处的价格，不能低于本站价格。</translation>
    </message>
    <message>
        <source>Row {row}: choose a weekday.</source>
        <translation>第 {row} 行：请选择星期几。</translation>
    </message>
    <message>
        <source>It must end after it starts.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Row {row} overlaps another stretch on the same weekday.</source>
        <translation>第 {row} 行与同一天的另一段时间重叠。</translation>
    </message>
    <message>
        <source>Give both times, or neither for the whole day.</source>
        <translation>请同时填写开始和结束时间；全天则都不填。</translation>
    </message>
    <message>
        <source>An extra session needs its service.</source>
        <translation>临时加开需要选择服务项目。</translation>
    </message>
    <message>
        <source>An extra session needs its times.</source>
        <translation>临时加开需要填写时间。</translation>
    </message>
    <message>
        <source>Only a manager may change this.</source>
        <translation>只有管理员可以修改。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>That could not be saved. Check the form and try again.</source>
        <translation>未能保存，请检查后重试。</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合伙人</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>新增服务项目</translation>
    </message>
    <message>
        <source>Services of the care station</source>
        <translation>康养服务站的服务项目</translation>
    </message>
    <message>
        <source>e.g. 血压测量</source>
        <translation>例如：血压测量</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>e.g. 康养服务站</source>
        <translation>例如：康养服务站</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>e.g. 医保卡、既往病历</source>
        <translation>例如：医保卡、既往病历</translation>
    </message>
    <message>
        <source>Fasting (需空腹)</source>
        <translation>需空腹</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供中</translation>
    </message>
    <message>
        <source>Save service</source>
        <translation>保存服务项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Minutes a slot</source>
        <translation>每时段分钟数</translation>
    </message>
    <message>
        <source>Places a slot</source>
        <translation>每时段名额</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Market price</source>
        <translation>市场价</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>需携带</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Providers&apos; weekly hours</source>
        <translation>服务人员每周排班</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Save hours</source>
        <translation>保存排班</translation>
    </message>
    <message>
        <source>Leave and extra sessions</source>
        <translation>请假与临时加开</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>places as usual</source>
        <translation>名额照常</translation>
    </message>
    <message>
        <source>e.g. 义诊：市第一人民医院</source>
        <translation>例如 义诊：市第一人民医院</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The center&apos;s days (over the public holiday calendar)</source>
        <translation>中心开放日（在法定节假日安排之外另行调整）</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>闭馆</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>e.g. 停电检修</source>
        <translation>例如：停电检修</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>As the calendar says</source>
        <translation>按节假日安排</translation>
    </message>
    <message>
        <source>{price} (market {market})</source>
        <translation>{price}（市场价 {market}）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>(the center itself)</source>
        <translation>（本中心）</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>已保存：{name}</translation>
    </message>
    <message>
        <source>Add the provider to a partner first.</source>
        <translation>请先把该服务人员添加到某个社区合伙人名下。</translation>
    </message>
    <message>
        <source>The weekly hours are saved.</source>
        <translation>每周排班已保存。</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>Saved: {date}</source>
        <translation>已保存：{date}</translation>
    </message>
    <message>
        <source>{date} follows the calendar again.</source>
        <translation>{date} 已恢复按节假日安排。</translation>
    </message>
</context>
<context>
    <name>CenterSection</name>
    <message>
        <source>This center (on printed documents)</source>
        <translation>本中心（印在文件上）</translation>
    </message>
    <message>
        <source>e.g. 局前街社区党群服务中心</source>
        <translation>例如：局前街社区党群服务中心</translation>
    </message>
    <message>
        <source>e.g. 开放时间 8:00–17:30</source>
        <translation>例如：开放时间 8:00–17:30</translation>
    </message>
    <message>
        <source>A short line at the foot of every visit slip: opening hours, a phone</source>
        <translation>印在每张来访凭条底部的一行字：开放时间、电话</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>去掉</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Slip footer</source>
        <translation>凭条页脚</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>未设标志</translation>
    </message>
    <message>
        <source>Choose the center&apos;s logo</source>
        <translation>选择本中心的标志</translation>
    </message>
    <message>
        <source>The new logo is printed once it is saved.</source>
        <translation>新标志保存后才会印出。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved: the next documents printed show it.</source>
        <translation>已保存：之后打印的文件都会用上。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show figures</source>
        <translation>显示数据</translation>
    </message>
    <message>
        <source>Show the figures as a table instead of the chart</source>
        <translation>用表格显示数据，不显示图表</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save these figures as a spreadsheet (.xlsx or .csv)</source>
        <translation>把这些数据保存为表格文件（.xlsx 或 .csv）</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>显示图表</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>逐行检查</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>显示(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Accept these changes</source>
        <translation>确认这些改动(&amp;A)</translation>
    </message>
    <message>
        <source>Accept a&amp;ll changes</source>
        <translation>全部确认(&amp;L)</translation>
    </message>
    <message>
        <source>Accept non&amp;e</source>
        <translation>全部不确认(&amp;E)</translation>
    </message>
    <message>
        <source>Save the rows &amp;with problems…</source>
        <translation>保存有问题的行(&amp;W)…</translation>
    </message>
    <message>
        <source>A table of the rows not imported, with the reason beside each: fix them and import that file</source>
        <translation>把未导入的行存成一个表格，每行旁边写明原因：改好后再导入这个文件</translation>
    </message>
    <message>
        <source>Checking {count} rows against the register…</source>
        <translation>正在将 {count} 行与居民档案逐一核对…</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>读取的行数：{count}</translation>
    </message>
    <message>
        <source>Nothing to import: there is no new resident and no new detail in this file.</source>
        <translation>没有可导入的内容：这个文件里没有新居民，也没有新信息。</translation>
    </message>
    <message>
        <source>All rows ({count})</source>
        <translation>全部行（{count}）</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status}（{count}）</translation>
    </message>
    <message>
        <source>Row {line} · {status}</source>
        <translation>第 {line} 行 · {status}</translation>
    </message>
    <message>
        <source>Changes accepted for {accepted} of {count} registered residents.</source>
        <translation>{count} 位已登记居民中，已确认 {accepted} 位的改动。</translation>
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
        <source>Card {code} was replaced by a new card on {day} and no longer works: use the new card, or search by name.</source>
        <translation>服务卡 {code} 已于 {day} 补办新卡，旧卡作废：请用新卡，或按姓名查找。</translation>
    </message>
    <message>
        <source>Slip number {code} has a wrong digit: scan it again, or search by name.</source>
        <translation>凭条号 {code} 有一位不对：请重新扫描，或按姓名查找。</translation>
    </message>
    <message>
        <source>{code} is a slip from an earlier version, which cannot check in: search by name.</source>
        <translation>{code} 是旧版凭条，不能用来签到：请按姓名查找。</translation>
    </message>
    <message>
        <source>Slip {code} was not printed by this center: search by name.</source>
        <translation>凭条 {code} 不是本中心打印的：请按姓名查找。</translation>
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
        <source>{name} has not checked in today: check in first, then print the slip.</source>
        <translation>{name}今天还没有签到：请先签到，再打印凭条。</translation>
    </message>
    <message>
        <source>Name, initials, last digits of a phone or ID, or scan a card. Enter checks in.</source>
        <translation>输入姓名、拼音首字母、手机或身份证尾号，或刷卡；Enter 签到</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Waiting-list place: {service} {time} — please confirm</source>
        <translation>候补名额：{service} {time} — 请确认</translation>
    </message>
    <message>
        <source>Place free from the waiting list: {course} · next class {day} {time}</source>
        <translation>候补有名额了：{course} · 下次上课 {day} {time}</translation>
    </message>
    <message>
        <source>{text} ({place})</source>
        <translation>{text}（{place}）</translation>
    </message>
    <message>
        <source>Booked from the waiting list: {service} {time}</source>
        <translation>候补已转为预约：{service} {time}</translation>
    </message>
    <message>
        <source>{booked}, {person}</source>
        <translation>{booked}，{person}</translation>
    </message>
    <message>
        <source>Offered place declined: off the waiting list</source>
        <translation>已放弃候补名额，退出候补</translation>
    </message>
    <message>
        <source>The offered place has been taken meanwhile.</source>
        <translation>这个候补名额已被别人约走了。</translation>
    </message>
    <message>
        <source>The resident already has an appointment at that time.</source>
        <translation>该居民这个时间已有预约。</translation>
    </message>
    <message>
        <source>This offered place is no longer open.</source>
        <translation>这个候补名额已失效。</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>{name}&apos;s visit slip</source>
        <translation>{name}的来访凭条</translation>
    </message>
    <message>
        <source>Who is in the building</source>
        <translation>在馆名单</translation>
    </message>
    <message>
        <source>Welfare call list</source>
        <translation>关怀回访名单</translation>
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
    <name>Classes</name>
    <message>
        <source>Week</source>
        <translation>周视图</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Rooms and bookings</source>
        <translation>教室与预订</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Match the columns</source>
        <translation>对应各列</translation>
    </message>
    <message>
        <source>Check which detail each column of the file holds; the first rows of the file are shown under its header. Only the name is required. Columns set to “Not imported” are left out.</source>
        <translation>请核对文件中每一列是哪项信息；每列标题下显示文件的前几行。只有姓名是必需的。设为“不导入”的列不会导入。</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>标题行(&amp;H)</translation>
    </message>
    <message>
        <source>Row {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>Rows {first}–{last}</source>
        <translation>第 {first}–{last} 行</translation>
    </message>
    <message>
        <source>What column {letter} holds</source>
        <translation>{letter} 列是哪项信息</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>“{field}” is chosen for columns {columns}: choose it for one column only.</source>
        <translation>{columns} 列都选了“{field}”：只能选给其中一列。</translation>
    </message>
    <message>
        <source>Choose the column that holds the {field}: it is required.</source>
        <translation>请选择{field}所在的列：这一项必须有。</translation>
    </message>
    <message>
        <source>Not in the file: {fields}. Those details stay empty for new residents.</source>
        <translation>文件中没有：{fields}。新登记居民的这些信息将空着。</translation>
    </message>
    <message>
        <source>The name and the main details are matched. Next checks each row.</source>
        <translation>姓名和主要信息都已对应好。下一步将逐行检查。</translation>
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
        <source>In: –</source>
        <translation>在馆 –</translation>
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
        <source>In: {count}</source>
        <translation>在馆 {count}</translation>
    </message>
    <message>
        <source>Today: {visits} visits / {people} people</source>
        <translation>今日 {visits} 人次 / {people} 人</translation>
    </message>
    <message>
        <source>Today: {visits} / {people}</source>
        <translation>今日 {visits}/{people}</translation>
    </message>
    <message>
        <source>Welfare watch: {count}</source>
        <translation>关怀提醒 {count}</translation>
    </message>
    <message>
        <source>Watch: {count}</source>
        <translation>关怀 {count}</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>修改课程</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>e.g. 书法班</source>
        <translation>如：书法班</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>0 = free</source>
        <translation>0 = 免费</translation>
    </message>
    <message>
        <source>e.g. 60岁以上、零基础</source>
        <translation>如：60岁以上、零基础</translation>
    </message>
    <message>
        <source>Meet on make-up working days too</source>
        <translation>调休上班日也上课</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Weekly meetings</source>
        <translation>每周上课时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>授课老师</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Companions per resident</source>
        <translation>每人可带同行人数</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>适合人群</translation>
    </message>
    <message>
        <source>Set-up minutes</source>
        <translation>布置时间（分钟）</translation>
    </message>
    <message>
        <source>Clean-up minutes</source>
        <translation>整理时间（分钟）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>课程介绍</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>List every session and its problems (Ctrl+K)</source>
        <translation>列出每个课次及其问题（Ctrl+K）</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the course and its sessions (Ctrl+S)</source>
        <translation>保存课程及课次（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{when} (make-up day)</source>
        <translation>{when}（调休上班日）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>无冲突</translation>
    </message>
    <message>
        <source>no class: {why}</source>
        <translation>不上课：{why}</translation>
    </message>
    <message>
        <source>{count} sessions; {bad} with a problem</source>
        <translation>共 {count} 个课次，{bad} 个有问题</translation>
    </message>
    <message>
        <source>{count} sessions, no problems</source>
        <translation>共 {count} 个课次，没有问题</translation>
    </message>
    <message>
        <source> · {n} days without class</source>
        <translation> · {n} 天不上课</translation>
    </message>
    <message>
        <source> · the holidays of {years} are not known yet</source>
        <translation> · {years} 年的节假日安排尚未公布</translation>
    </message>
    <message>
        <source> · {n} past or attended sessions kept</source>
        <translation> · 保留了 {n} 个已过去或已有人出勤的课次</translation>
    </message>
</context>
<context>
    <name>CourseEnrollmentPanel</name>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Resident: name, pinyin initials, phone or ID digits; Enter finds</source>
        <translation>居民：姓名、拼音首字母、电话或身份证号数字；按 Enter 查找</translation>
    </message>
    <message>
        <source>&amp;Enroll…</source>
        <translation>报名(&amp;E)…</translation>
    </message>
    <message>
        <source>Why they withdraw</source>
        <translation>退课原因</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>退课(&amp;W)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>就业单位</translation>
    </message>
    <message>
        <source>Record &amp;outcome</source>
        <translation>登记结果(&amp;O)</translation>
    </message>
    <message>
        <source>Enrolled in {title}</source>
        <translation>已报名{title}</translation>
    </message>
    <message>
        <source>Nobody found for {text}.</source>
        <translation>没有找到“{text}”。</translation>
    </message>
    <message>
        <source>{name}: {outcome}</source>
        <translation>{name}：{outcome}</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>Painting and calligraphy</source>
        <translation>书画</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>健身</translation>
    </message>
    <message>
        <source>Dance</source>
        <translation>舞蹈</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Smartphones</source>
        <translation>智能手机</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>职业技能培训</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>太长了：最多 {max} 个字。</translation>
    </message>
    <message>
        <source>Give a number from {min} to {max}.</source>
        <translation>请填写 {min} 到 {max} 之间的数字。</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>There is a term called {name} already.</source>
        <translation>已有名为“{name}”的学期。</translation>
    </message>
    <message>
        <source>Choose a term.</source>
        <translation>请选择学期。</translation>
    </message>
    <message>
        <source>Choose a room.</source>
        <translation>请选择教室。</translation>
    </message>
    <message>
        <source>That instructor is no longer on file.</source>
        <translation>找不到这位老师了。</translation>
    </message>
    <message>
        <source>Add at least one weekly meeting.</source>
        <translation>请至少添加一个每周上课时间。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Type a time like 09:30.</source>
        <translation>请按 09:30 这样的格式填写时间。</translation>
    </message>
    <message>
        <source>{enrolled} places are taken already: the capacity cannot be less.</source>
        <translation>已有 {enrolled} 人报名：名额不能少于此数。</translation>
    </message>
    <message>
        <source>Not saved: {count} sessions have a problem (listed under Check). The first: {first}</source>
        <translation>未保存：有 {count} 个课次有问题（见“检查”）。第一个：{first}</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>这个课次已停课。</translation>
    </message>
    <message>
        <source>This session is not cancelled.</source>
        <translation>这个课次没有停课。</translation>
    </message>
    <message>
        <source>This session is no longer on file.</source>
        <translation>找不到这个课次了。</translation>
    </message>
    <message>
        <source>This course is no longer on file.</source>
        <translation>找不到这门课程了。</translation>
    </message>
    <message>
        <source>An event is not edited here.</source>
        <translation>活动不在这里修改。</translation>
    </message>
    <message>
        <source>Only a manager may do this.</source>
        <translation>只有管理员可以进行此操作。</translation>
    </message>
    <message>
        <source>public holiday ({name})</source>
        <translation>法定节假日（{name}）</translation>
    </message>
    <message>
        <source>the center is closed</source>
        <translation>中心休息</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>¥{amount}</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <source>{enrolled}/{capacity} · {waiting} waiting</source>
        <translation>{enrolled}/{capacity} · 候补 {waiting} 人</translation>
    </message>
    <message>
        <source>That could not be done. Check the form and try again.</source>
        <translation>操作未完成。请检查填写内容后重试。</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>New term…</source>
        <translation>新建学期…</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>新建课程…</translation>
    </message>
    <message>
        <source>Edit course…</source>
        <translation>修改课程…</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>调课…</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>停课…</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>加课…</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>签到表…</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Sessions of the course</source>
        <translation>本课程的课次</translation>
    </message>
    <message>
        <source>{what} ({keys})</source>
        <translation>{what}（{keys}）</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>授课老师</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>报名名单</translation>
    </message>
    <message>
        <source>Courses {term}</source>
        <translation>课程 {term}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Sessions of {course}</source>
        <translation>{course} 的课次</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>已到</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>已停课：{reason}</translation>
    </message>
    <message>
        <source>moved from {when}</source>
        <translation>由 {when} 调来</translation>
    </message>
    <message>
        <source>added</source>
        <translation>加课</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Term saved.</source>
        <translation>学期已保存。</translation>
    </message>
    <message>
        <source>Course saved with its sessions.</source>
        <translation>课程及课次已保存。</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>活动已保存。</translation>
    </message>
    <message>
        <source>Session moved.</source>
        <translation>已调课。</translation>
    </message>
    <message>
        <source>Session added.</source>
        <translation>已加课。</translation>
    </message>
    <message>
        <source>Session cancelled.</source>
        <translation>已停课。</translation>
    </message>
    <message>
        <source>Call list of a cancelled session</source>
        <translation>停课通知名单</translation>
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
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>The database file is damaged, so frontdesk cannot use it.</source>
        <translation>数据库文件已损坏，frontdesk 无法使用它。</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged file was moved aside to {path}</source>
        <translation>没有删除任何东西：损坏的文件已移到 {path}</translation>
    </message>
    <message>
        <source>The newest good backup is from {time} ({kind}). It holds:</source>
        <translation>最近一份完好的备份是 {time}（{kind}），其中有：</translation>
    </message>
    <message>
        <source>This backup</source>
        <translation>这份备份</translation>
    </message>
    <message>
        <source>Restoring puts this backup in place of the damaged file; what was entered after {time} is not in it. Then staff sign in as usual.</source>
        <translation>恢复会用这份备份代替损坏的文件；{time} 之后录入的内容不在其中。之后照常登录。</translation>
    </message>
    <message>
        <source>Restore from this backup</source>
        <translation>用此备份恢复</translation>
    </message>
    <message>
        <source>No good backup was found on this computer. Please call your administrator: they can list the backups with “frontdesk-admin backups” and restore one with “frontdesk-admin restore”. Until then, do not use frontdesk on this computer.</source>
        <translation>本机没有找到完好的备份。请联系管理员：管理员可以用“frontdesk-admin backups”查看备份，用“frontdesk-admin restore”恢复。在此之前，请不要在这台电脑上使用 frontdesk。</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>统计期间(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>社区(&amp;C)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Visits per hour, today</source>
        <translation>今日每小时人次</translation>
    </message>
    <message>
        <source>People and visits per day</source>
        <translation>每日人数与人次</translation>
    </message>
    <message>
        <source>By purpose of the visit</source>
        <translation>按来访事由</translation>
    </message>
    <message>
        <source>By age on {day}</source>
        <translation>按年龄段（年龄算至 {day}）</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>按年龄段</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>按社区</translation>
    </message>
    <message>
        <source>By living situation</source>
        <translation>按居住情况</translation>
    </message>
    <message>
        <source>Class attendance rates, best attended courses</source>
        <translation>课程出勤率（出勤最好的课程）</translation>
    </message>
    <message>
        <source>Care-station appointments (visits)</source>
        <translation>康养服务站预约（人次）</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>居住情况</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The last day is before the first: choose the days again.</source>
        <translation>结束日期早于开始日期：请重新选择日期。</translation>
    </message>
    <message>
        <source>Figures as of {time}</source>
        <translation>数据截至 {time}</translation>
    </message>
    <message>
        <source>all communities</source>
        <translation>全部社区</translation>
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
        <translation>正在打印{document}…</translation>
    </message>
    <message>
        <source>{document} was not printed: {why}</source>
        <translation>{document} 没有打印：{why}</translation>
    </message>
    <message>
        <source>{why}

Save {document} as a PDF instead?</source>
        <translation>{why}

改为把{document}另存为 PDF？</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>{document} saved as {path}</source>
        <translation>{document} 已另存为 {path}</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>无法写入 {path}。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Sa&amp;ve the rows with problems…</source>
        <translation>保存有问题的行(&amp;V)…</translation>
    </message>
    <message>
        <source>A table of the rows not imported, with the reason beside each: fix them and import that file</source>
        <translation>把未导入的行存成一个表格，每行旁边写明原因：改好后再导入这个文件</translation>
    </message>
    <message>
        <source>Im&amp;port another file</source>
        <translation>再导入一个文件(&amp;P)</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>This person may be registered already. Nothing has been saved yet.</source>
        <translation>这位居民可能已经登记过了。还没有保存。</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>It is a different person: save this record as well</source>
        <translation>不是同一个人：也保存这份档案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Go back to the form and change it</source>
        <translation>回到表单修改</translation>
    </message>
    <message>
        <source>Open existing record</source>
        <translation>打开已有档案</translation>
    </message>
    <message>
        <source>Open {name}&apos;s record instead; what you typed is kept</source>
        <translation>改为打开{name}的档案；刚才填写的内容会保留</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll {name}</source>
        <translation>为{name}报名</translation>
    </message>
    <message>
        <source>Enroll {name} in a course or event</source>
        <translation>为{name}报名课程或活动</translation>
    </message>
    <message>
        <source>Course: first characters or pinyin initials</source>
        <translation>课程：名称开头几个字或拼音首字母</translation>
    </message>
    <message>
        <source>Arrows choose a course; Enter enrolls</source>
        <translation>用方向键选择课程；按 Enter 报名</translation>
    </message>
    <message>
        <source>Companions who come with the resident and take a place each</source>
        <translation>随居民一起来、各占一个名额的同行人</translation>
    </message>
    <message>
        <source>&amp;Companions</source>
        <translation>同行人(&amp;C)</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Enroll the resident in the chosen course (Enter)</source>
        <translation>为居民报名所选课程（Enter）</translation>
    </message>
    <message>
        <source>The course is full: put the resident on its waiting list (Alt+W)</source>
        <translation>课程已满：将居民列入候补（Alt+W）</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>打印凭条</translation>
    </message>
    <message>
        <source>Print the enrollment slip of what was just done (F9)</source>
        <translation>打印刚才报名的凭条（F9）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>No course or event is open to enroll.</source>
        <translation>目前没有可报名的课程或活动。</translation>
    </message>
    <message>
        <source>{name}&apos;s enrollment slip</source>
        <translation>{name}的报名凭条</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>{title} is full ({capacity} places, {free} free, {waiting} waiting). Put them on the waiting list?</source>
        <translation>{title}已满（名额 {capacity}，空余 {free}，候补 {waiting} 人）。要列入候补吗？</translation>
    </message>
    <message>
        <source>{name} is already enrolled in {title}.</source>
        <translation>{name}已报名{title}。</translation>
    </message>
    <message>
        <source>{name} is already on the waiting list for {title} (number {position}).</source>
        <translation>{name}已在{title}的候补名单上（第 {position} 位）。</translation>
    </message>
    <message>
        <source>This enrollment was already withdrawn.</source>
        <translation>这个报名已经退课了。</translation>
    </message>
    <message>
        <source>{title} allows at most {max} companions per resident.</source>
        <translation>{title}每位居民最多带 {max} 名同行人。</translation>
    </message>
    <message>
        <source>Companions: 0 to {max}.</source>
        <translation>同行人：0 到 {max} 人。</translation>
    </message>
    <message>
        <source>Say why they withdraw.</source>
        <translation>请填写退课原因。</translation>
    </message>
    <message>
        <source>The reason can be at most {max} characters.</source>
        <translation>原因最多 {max} 个字。</translation>
    </message>
    <message>
        <source>{title} is not a vocational course: it records no outcome.</source>
        <translation>{title}不是职业技能培训课程，不登记结果。</translation>
    </message>
    <message>
        <source>Enter the employer.</source>
        <translation>请填写就业单位。</translation>
    </message>
    <message>
        <source>The employer can be at most {max} characters.</source>
        <translation>就业单位最多 {max} 个字。</translation>
    </message>
    <message>
        <source>The day they started work cannot be in the future.</source>
        <translation>上岗日期不能晚于今天。</translation>
    </message>
    <message>
        <source>They never had a place in this course: no outcome to record.</source>
        <translation>该居民从未在这门课程中占有名额，无结果可登记。</translation>
    </message>
    <message>
        <source>This course is no longer there.</source>
        <translation>找不到这门课程了。</translation>
    </message>
    <message>
        <source>{title} has ended: it takes no more enrollments.</source>
        <translation>{title}已结束，不再接受报名。</translation>
    </message>
    <message>
        <source>This enrollment is no longer there.</source>
        <translation>找不到这个报名了。</translation>
    </message>
    <message>
        <source>This resident&apos;s record is no longer there.</source>
        <translation>找不到这位居民的档案了。</translation>
    </message>
    <message>
        <source>{name}&apos;s record is archived: restore it to enroll.</source>
        <translation>{name}的档案已归档：请先恢复再报名。</translation>
    </message>
    <message>
        <source>This class session is no longer there.</source>
        <translation>找不到这个课次了。</translation>
    </message>
    <message>
        <source>This session was cancelled ({reason}): nobody attends it.</source>
        <translation>这个课次已停课（{reason}），无人上课。</translation>
    </message>
    <message>
        <source>This session is on {day}, not today.</source>
        <translation>这个课次在{day}，不是今天。</translation>
    </message>
    <message>
        <source>This session is on {day}: it cannot be ticked before then.</source>
        <translation>这个课次在{day}，到时才能签到。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>当前角色无权进行此操作。</translation>
    </message>
    <message>
        <source>This could not be done. Please try again.</source>
        <translation>操作未完成，请重试。</translation>
    </message>
    <message>
        <source>{present} here ({people} with companions) of {capacity}</source>
        <translation>已到 {present} 人（连同行人共 {people} 人），名额 {capacity}</translation>
    </message>
    <message>
        <source>{name} is in</source>
        <translation>{name}已签到</translation>
    </message>
    <message>
        <source>{name} let in and registered</source>
        <translation>{name}已放行并登记</translation>
    </message>
    <message>
        <source>{name} was already ticked</source>
        <translation>{name}已经签过到了</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no sessions planned</source>
        <translation>未安排课次</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>空余 {free}</translation>
    </message>
    <message>
        <source>full · {waiting} waiting</source>
        <translation>已满 · 候补 {waiting} 人</translation>
    </message>
    <message>
        <source>full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>waiting, number {position}</source>
        <translation>候补第 {position} 位</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已退课</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>¥{amount}</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <source>{name} enrolled in {title} with {count} companions.</source>
        <translation>{name}已报名{title}，同行 {count} 人。</translation>
    </message>
    <message>
        <source>{name} enrolled in {title}.</source>
        <translation>{name} 已报名{title}。</translation>
    </message>
    <message>
        <source>{name} is on the waiting list for {title}: number {position}.</source>
        <translation>{name} 已进入{title}的候补：第 {position} 位。</translation>
    </message>
    <message>
        <source>Join &amp;waiting list (number {position})</source>
        <translation>加入候补（第 {position} 位）(&amp;W)</translation>
    </message>
    <message>
        <source>Withdrawn from {title}; moved up: {names}.</source>
        <translation>已退出{title}；候补补上：{names}。</translation>
    </message>
    <message>
        <source>Withdrawn from {title}.</source>
        <translation>已退出{title}。</translation>
    </message>
    <message>
        <source>Present {present} / enrolled {enrolled}</source>
        <translation>已到 {present} / 已报名 {enrolled}</translation>
    </message>
    <message>
        <source> · companions {count}</source>
        <translation> · 同行人 {count}</translation>
    </message>
    <message>
        <source>{name} checked in, with {count} companions</source>
        <translation>{name} 已签到，同行 {count} 人</translation>
    </message>
    <message>
        <source>{name} checked in</source>
        <translation>{name} 已签到</translation>
    </message>
    <message>
        <source>{name} was already checked in</source>
        <translation>{name} 已经签到过了</translation>
    </message>
    <message>
        <source>{name} is on the waiting list, not enrolled</source>
        <translation>{name} 在候补中，还没报上</translation>
    </message>
    <message>
        <source>{name} is not registered: places are left, let them in anyway?</source>
        <translation>{name} 没有报名：还有名额，仍然让其参加吗？</translation>
    </message>
    <message>
        <source>Card not valid: no resident has this code</source>
        <translation>卡无效：没有居民用这个卡号</translation>
    </message>
    <message>
        <source>80+</source>
        <translation>高龄</translation>
    </message>
    <message>
        <source>lives alone</source>
        <translation>独居</translation>
    </message>
    <message>
        <source>cane</source>
        <translation>拐杖</translation>
    </message>
    <message>
        <source>walker</source>
        <translation>助行器</translation>
    </message>
    <message>
        <source>wheelchair</source>
        <translation>轮椅</translation>
    </message>
    <message>
        <source>{name} is not registered: room to let them in</source>
        <translation>{name} 没有报名：还有名额，可以让其参加</translation>
    </message>
    <message>
        <source>{name} is not enrolled in this class</source>
        <translation>{name} 没有报名这门课</translation>
    </message>
    <message>
        <source>{text} · {count}</source>
        <translation>{text} · {count}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已结业</translation>
    </message>
    <message>
        <source>employed at {employer}</source>
        <translation>已就业（{employer}）</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>已就业</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>同行人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>培训结果</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>授课老师</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>{attended}/{held} · {percent}%</source>
        <translation>{attended}/{held} · {percent}%</translation>
    </message>
    <message>
        <source>{when} · cancelled</source>
        <translation>{when} · 已停课</translation>
    </message>
    <message>
        <source>{standing}, +{count}</source>
        <translation>{standing}，+{count}</translation>
    </message>
    <message>
        <source>at check-in</source>
        <translation>前台签到</translation>
    </message>
    <message>
        <source>at the door</source>
        <translation>门口扫码</translation>
    </message>
    <message>
        <source>on the roster</source>
        <translation>签到表点名</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>已到</translation>
    </message>
    <message>
        <source>{name} (guest)</source>
        <translation>{name}（来宾）</translation>
    </message>
    <message>
        <source>{count}, came {came}</source>
        <translation>{count} 人，已到 {came}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>present {time} {how}</source>
        <translation>已到 {time} {how}</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需协助</translation>
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
        <source>{name}, {age}</source>
        <translation>{name}，{age}岁</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>e.g. 健康讲座：冬季防跌倒</source>
        <translation>如：健康讲座：冬季防跌倒</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Set-up minutes</source>
        <translation>布置时间（分钟）</translation>
    </message>
    <message>
        <source>Clean-up minutes</source>
        <translation>整理时间（分钟）</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Companions per guest</source>
        <translation>每人可带同行人</translation>
    </message>
    <message>
        <source>Speaker or host</source>
        <translation>主讲人或主持人</translation>
    </message>
    <message>
        <source>Save event</source>
        <translation>保存活动</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>选择名单文件</translation>
    </message>
    <message>
        <source>An Excel or WPS table (.xlsx, .xls), an OpenDocument table (.ods) or a .csv file. Type its place, choose it with Browse…, or drop the file here.</source>
        <translation>可以是 Excel 或 WPS 表格（.xlsx、.xls）、OpenDocument 表格（.ods）或 .csv 文件。请输入文件位置，或点“浏览…”选择，也可以把文件拖到这里。</translation>
    </message>
    <message>
        <source>The roster file</source>
        <translation>名单文件</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the roster file (Alt+R)</source>
        <translation>选择名单文件（Alt+R）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>工作表(&amp;S)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Read {name}, sheet “{sheet}”: {count} rows with something in them.</source>
        <translation>已读取 {name} 的工作表“{sheet}”：共 {count} 行有内容。</translation>
    </message>
    <message>
        <source>Read {name}: {count} rows with something in them.</source>
        <translation>已读取 {name}：共 {count} 行有内容。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show the residents of one community</source>
        <translation>只显示一个社区的居民</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Show the archived residents (moved away, deceased, merged) instead</source>
        <translation>改为显示已归档的居民（迁出、去世、合并）</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>只看：</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>This is the first start: create the administrator&apos;s account.</source>
        <translation>首次启动：请创建管理员账号。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>显示姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>18 characters; fills date of birth and sex</source>
        <translation>18 位，自动填入出生日期和性别</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the full ID number (written to the audit log)</source>
        <translation>显示完整身份证号（记入操作日志）</translation>
    </message>
    <message>
        <source>Show the full phone numbers, the emergency contact&apos;s too (written to the audit log)</source>
        <translation>显示完整电话号码，包括紧急联系人电话（记入操作日志）</translation>
    </message>
    <message>
        <source>Card and notes</source>
        <translation>服务卡与备注</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>如 {example}</translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translation>选择或输入</translation>
    </message>
    <message>
        <source>Print consent form</source>
        <translation>打印同意书</translation>
    </message>
    <message>
        <source>Print the consent form for the resident to sign, with the boxes ticked as in this form (Ctrl+P)</source>
        <translation>打印知情同意书供居民签字，勾选项与本表一致（Ctrl+P）</translation>
    </message>
    <message>
        <source>Consent to personal information processing</source>
        <translation>个人信息处理知情同意</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>同意范围</translation>
    </message>
    <message>
        <source>Recorded by {name}</source>
        <translation>记录人：{name}</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>尚未记录</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Living situation and care</source>
        <translation>居住与照护</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>{field} *</source>
        <translation>{field} *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>Headlines</name>
    <message>
        <source>Visits today (each check-in counted)</source>
        <translation>今日人次（每次签到都计入）</translation>
    </message>
    <message>
        <source>People today (different residents)</source>
        <translation>今日人数（同一居民只计一次）</translation>
    </message>
    <message>
        <source>People in the building now</source>
        <translation>当前在馆人数</translation>
    </message>
    <message>
        <source>Visits in the period (each check-in counted)</source>
        <translation>期间人次（每次签到都计入）</translation>
    </message>
    <message>
        <source>People in the period (different residents)</source>
        <translation>期间人数（同一居民只计一次）</translation>
    </message>
    <message>
        <source>People newly registered in the period</source>
        <translation>期间新登记人数</translation>
    </message>
    <message>
        <source>People on the welfare watch now</source>
        <translation>当前关怀提醒人数</translation>
    </message>
    <message>
        <source>Open the call list</source>
        <translation>打开回访名单</translation>
    </message>
    <message>
        <source>The welfare-watch call list on the check-in page</source>
        <translation>签到页上的关怀回访名单</translation>
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
        <source>Print list…</source>
        <translation>打印名单…</translation>
    </message>
    <message>
        <source>The list of who is in the building, for an evacuation</source>
        <translation>打印在馆人员名单（疏散时用）</translation>
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
    <message>
        <source>Print call list…</source>
        <translation>打印回访名单…</translation>
    </message>
    <message>
        <source>The welfare call list, with what a caller needs</source>
        <translation>打印关怀回访名单（含回访所需信息）</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>换人登录</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Please sign in</source>
        <translation>请登录</translation>
    </message>
    <message>
        <source>Locked — please enter the password</source>
        <translation>已锁定 — 请输入密码</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>请稍候…</translation>
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
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>Lock screen (Ctrl+L)</source>
        <translation>锁定屏幕 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Switch staff…</source>
        <translation>换人登录(&amp;S)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
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
        <source>{role}: {name}</source>
        <translation>{role}：{name}</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>合并两份档案</translation>
    </message>
    <message>
        <source>For one person registered twice. Choose the record to keep: the other one&apos;s visits move to it, its empty fields are filled from the other, and the other record is archived. A merge can be undone.</source>
        <translation>用于同一个人登记了两次的情况。请选择要保留的档案：另一份档案的来访记录会移过来，保留档案中空着的项目由另一份补上，另一份档案随后归档。合并可以撤销。</translation>
    </message>
    <message>
        <source>Keep: {record}</source>
        <translation>保留：{record}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{name}&apos;s record will get {visits} visits and these fields: {fields}. The other record is archived.</source>
        <translation>{name}的档案将得到 {visits} 次来访记录，并补上：{fields}。另一份档案将归档。</translation>
    </message>
</context>
<context>
    <name>MonthlyTab</name>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>社区(&amp;C)</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>The month&apos;s report in the print preview (Ctrl+P)</source>
        <translation>在打印预览中查看本月月报（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>The month&apos;s figures as an Excel workbook (.xlsx)</source>
        <translation>把本月数据导出为 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Visits (each check-in counted)</source>
        <translation>人次（每次签到都计入）</translation>
    </message>
    <message>
        <source>People (different residents)</source>
        <translation>人数（同一居民只计一次）</translation>
    </message>
    <message>
        <source>Newly registered (people)</source>
        <translation>新登记（人数）</translation>
    </message>
    <message>
        <source>Archived (people)</source>
        <translation>归档（人数）</translation>
    </message>
    <message>
        <source>On file at the month&apos;s end (people)</source>
        <translation>月末在册（人数）</translation>
    </message>
    <message>
        <source>Classes: courses · sessions held · attendances (visits)</source>
        <translation>课程：课程数 · 已上课次 · 出勤（人次）</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Events: held · attendances (visits)</source>
        <translation>活动：场次 · 参加（人次）</translation>
    </message>
    <message>
        <source>Care services completed (visits) · no-shows</source>
        <translation>康养服务完成（人次）· 未到</translation>
    </message>
    <message>
        <source>Partners taking part · their visits · hours</source>
        <translation>参与的合伙人 · 服务人次 · 服务时长</translation>
    </message>
    <message>
        <source>Vocational training: enrolled · finished · employed (people)</source>
        <translation>职业技能培训：报名 · 结业 · 就业（人数）</translation>
    </message>
    <message>
        <source>On the welfare watch (people)</source>
        <translation>关怀提醒（人数）</translation>
    </message>
    <message>
        <source>all communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>Monthly report {year}-{month:02d} · {where}</source>
        <translation>{year}-{month:02d} 月报 · {where}</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>无法写入 {path}。</translation>
    </message>
    <message>
        <source>{document} saved as {path}</source>
        <translation>{document} 已另存为 {path}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move a session</source>
        <translation>调课</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>原时间</translation>
    </message>
    <message>
        <source>New day</source>
        <translation>新日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>调课</translation>
    </message>
</context>
<context>
    <name>NoShowPanel</name>
    <message>
        <source>Mark who did not come</source>
        <translation>标记今日未到</translation>
    </message>
    <message>
        <source>After the day&apos;s last slot: the appointments still only booked</source>
        <translation>当天最后一个时段结束后，把仍为“已预约”的记为未到</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>The selected one was called</source>
        <translation>已给所选居民打过回访电话</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <source>Accept</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Book the offered place for the resident</source>
        <translation>为居民预约这个候补名额</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>不要了</translation>
    </message>
    <message>
        <source>The resident does not want it: leave the waiting list</source>
        <translation>居民不需要了：退出候补</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Classes &amp; Rooms</source>
        <translation>课程与教室</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Partner</source>
        <translation>合伙人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Agreement until</source>
        <translation>协议到期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>{date} · expired</source>
        <translation>{date} · 已到期</translation>
    </message>
    <message>
        <source>{date} · renewal due</source>
        <translation>{date} · 待续签</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>PartnersRecordTab</name>
    <message>
        <source>Include partners with nothing in the period</source>
        <translation>包括期间内没有服务的合伙人</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合伙人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation>协议到期</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续签</translation>
    </message>
    <message>
        <source>⚠ Renewal due</source>
        <translation>⚠ 协议即将到期</translation>
    </message>
    <message>
        <source>The selected partner</source>
        <translation>所选合伙人</translation>
    </message>
    <message>
        <source>Print service record…</source>
        <translation>打印服务记录…</translation>
    </message>
    <message>
        <source>The selected partner&apos;s statement for the period, in the print preview</source>
        <translation>在打印预览中查看所选合伙人在期间内的服务记录</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>全部合伙人</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The partners&apos; records as an Excel workbook (.xlsx)</source>
        <translation>把合伙人服务记录导出为 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>The last day is before the first: choose the days again.</source>
        <translation>结束日期早于开始日期：请重新选择日期。</translation>
    </message>
    <message>
        <source>{partner} (no longer active)</source>
        <translation>{partner}（已停止合作）</translation>
    </message>
    <message>
        <source>Choose a partner in the table to see what they delivered.</source>
        <translation>请在表格中选择一个合伙人，查看其服务情况。</translation>
    </message>
    <message>
        <source>Contact: {contact}</source>
        <translation>联系人：{contact}</translation>
    </message>
    <message>
        <source>Agreement: {start} to {end}</source>
        <translation>合作协议：{start} 至 {end}</translation>
    </message>
    <message>
        <source>{people} · {visits} · {hours} of service</source>
        <translation>{people} · {visits} · 服务时长 {hours}</translation>
    </message>
    <message>
        <source>{title}: {sessions} sessions · {people} · {visits}</source>
        <translation>{title}：{sessions} 个课次 · {people} · {visits}</translation>
    </message>
    <message>
        <source>{name}: {visits} completed · {people}</source>
        <translation>{name}：完成 {visits} · {people}</translation>
    </message>
    <message>
        <source>Nothing delivered in the period.</source>
        <translation>期间内没有服务记录。</translation>
    </message>
    <message>
        <source>all partners</source>
        <translation>全部合伙人</translation>
    </message>
    <message>
        <source>Service record: {partner}</source>
        <translation>服务记录：{partner}</translation>
    </message>
    <message>
        <source>Community partners&apos; record</source>
        <translation>社区合伙人服务记录</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>无法写入 {path}。</translation>
    </message>
    <message>
        <source>{document} saved as {path}</source>
        <translation>{document} 已另存为 {path}</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Filter by name, kind, what they offer, contact</source>
        <translation>按名称、类型、服务内容、联系人筛选</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>新增合伙人</translation>
    </message>
    <message>
        <source>New partner (Ctrl+N)</source>
        <translation>新增社区合伙人（Ctrl+N）</translation>
    </message>
    <message>
        <source>Community partners</source>
        <translation>社区合伙人</translation>
    </message>
    <message>
        <source>{date} · renewal due</source>
        <translation>{date} · 待续签</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>社区合伙人</translation>
    </message>
    <message>
        <source>e.g. 康寿养老院</source>
        <translation>例如：康寿养老院</translation>
    </message>
    <message>
        <source>e.g. 护理、理疗、健康讲座</source>
        <translation>例如：护理、理疗、健康讲座</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation>保存合伙人</translation>
    </message>
    <message>
        <source>Save (Enter in a field)</source>
        <translation>保存（在输入框中按 Enter）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Agreement from</source>
        <translation>协议开始</translation>
    </message>
    <message>
        <source>Agreement until</source>
        <translation>协议到期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The partner&apos;s people</source>
        <translation>合伙人的人员</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>保存人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>{partner}: people</source>
        <translation>{partner}：人员</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>已保存：{name}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>PatternRows</name>
    <message>
        <source>Add a weekly meeting</source>
        <translation>添加每周上课时间</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
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
        <source>Checked in at {time} · {purpose}</source>
        <translation>{time} 签到 · {purpose}</translation>
    </message>
    <message>
        <source>In for</source>
        <translation>在馆时长</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview: {title}</source>
        <translation>打印预览：{title}</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>第 </translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> 页，共 {count} 页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>the default printer</source>
        <translation>默认打印机</translation>
    </message>
    <message>
        <source>{document} sent to {printer}</source>
        <translation>{document} 已发送到 {printer}</translation>
    </message>
    <message>
        <source>No printer is chosen and this computer has no default printer: choose one in Settings → Printing.</source>
        <translation>没有选择打印机，本机也没有默认打印机：请在 设置 → 打印 中选择。</translation>
    </message>
    <message>
        <source>The printer {printer} is not on this computer (any more): choose another in Settings → Printing.</source>
        <translation>本机没有打印机 {printer}（或已移除）：请在 设置 → 打印 中另选一台。</translation>
    </message>
    <message>
        <source>The printer {printer} is stopped or has a fault (paper, cover, cable?).</source>
        <translation>打印机 {printer} 已停用或有故障（缺纸、未合盖、线缆？）。</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the document.</source>
        <translation>打印机 {printer} 没有接收这份文件。</translation>
    </message>
    <message>
        <source>The print system did not answer in time; the document may still come out of {printer}.</source>
        <translation>打印系统没有及时响应；文件可能稍后仍会从 {printer} 打出。</translation>
    </message>
</context>
<context>
    <name>PrintingSection</name>
    <message>
        <source>80 mm roll</source>
        <translation>80 毫米热敏纸</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 毫米热敏纸</translation>
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
        <translation>卡片 85.6 × 54 毫米</translation>
    </message>
    <message>
        <source>Printing (this computer)</source>
        <translation>打印（本机）</translation>
    </message>
    <message>
        <source>Print a visit slip at every check-in</source>
        <translation>每次签到后自动打印来访凭条</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>A test page to the visit-slip printer, on its paper</source>
        <translation>向来访凭条打印机打印一张测试页（用它的纸张）</translation>
    </message>
    <message>
        <source>The printer for this document</source>
        <translation>这种文件用的打印机</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>right </source>
        <translation>右移 </translation>
    </message>
    <message>
        <source>down </source>
        <translation>下移 </translation>
    </message>
    <message>
        <source>For a printer that prints off-centre: move the page, in millimetres</source>
        <translation>打印机印偏时用：把整页移动几毫米</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The system&apos;s default printer ({name})</source>
        <translation>系统默认打印机（{name}）</translation>
    </message>
    <message>
        <source>{name} (not on this computer)</source>
        <translation>{name}（不在本机）</translation>
    </message>
    <message>
        <source>This computer has no printer installed: documents can be saved as PDF.</source>
        <translation>本机没有安装打印机：文件可以另存为 PDF。</translation>
    </message>
    <message>
        <source>Not on this computer (any more): {names}. Choose another printer for those documents.</source>
        <translation>本机已没有：{names}。请为这些文件另选打印机。</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>正在打印测试页…</translation>
    </message>
    <message>
        <source>The test page</source>
        <translation>测试页</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Archived residents (moved away, deceased) are kept for the retention period, then anonymised: name, ID number, phones, address, emergency contact, health data, notes and card are removed. Sex, birth year, community and visits stay, for statistics.</source>
        <translation>已归档的居民（迁出、去世）在保存期限内保留，期满后匿名化：删除姓名、身份证号、电话、住址、紧急联系人、健康信息、备注和服务卡。性别、出生年份、社区和来访记录保留，用于统计。</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>How long archived residents are kept before anonymisation (default 3 years)</source>
        <translation>已归档居民在匿名化之前保留多久（默认 3 年）</translation>
    </message>
    <message>
        <source>Save retention period</source>
        <translation>保存此期限</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>匿名化…</translation>
    </message>
    <message>
        <source>Remove names and identifiers of those past the retention period</source>
        <translation>删除超过保存期限者的姓名和身份信息</translation>
    </message>
    <message>
        <source>Keep archived residents for</source>
        <translation>归档居民保存</translation>
    </message>
    <message>
        <source>Archived residents past the retention period: {count}</source>
        <translation>已超过保存期限的归档居民：{count} 人</translation>
    </message>
    <message>
        <source>No archived resident is past the retention period.</source>
        <translation>没有超过保存期限的归档居民。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Retention period saved: {years} years.</source>
        <translation>保存期限已设为 {years} 年。</translation>
    </message>
    <message>
        <source>Anonymise archived residents?</source>
        <translation>匿名化归档居民？</translation>
    </message>
    <message>
        <source>{count} archived residents have been archived for more than the retention period ({years} years). Their name, ID number, phones, address, emergency contact, health data, notes and member card will be removed for good; this cannot be undone. Sex, birth year, community and their visits stay, so statistics and reports still count them.</source>
        <translation>有 {count} 位居民归档已超过保存期限（{years} 年）。将永久删除他们的姓名、身份证号、电话、住址、紧急联系人、健康信息、备注和服务卡，且无法撤销。性别、出生年份、社区和来访记录保留，统计和报表仍会计入。</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>正在匿名化…</translation>
    </message>
    <message>
        <source>{count} archived residents anonymised: their names and identifiers are removed, visits still count.</source>
        <translation>已匿名化 {count} 位归档居民：姓名和身份信息已删除，来访记录仍计入统计。</translation>
    </message>
    <message>
        <source>The data as it was is kept in the backup {path} for 30 days (the second backup folder could not be reached).</source>
        <translation>匿名化前的数据保存在备份 {path} 中，保留 30 天（第二备份位置无法访问）。</translation>
    </message>
    <message>
        <source>The data as it was is kept in the backup {path} for 30 days.</source>
        <translation>匿名化前的数据保存在备份 {path} 中，保留 30 天。</translation>
    </message>
    <message>
        <source>Nothing was anonymised: the backup taken first could not be made: {reason}</source>
        <translation>没有匿名化任何人：事先的备份未能完成：{reason}</translation>
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
    <name>Prompts</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Next  F8</source>
        <translation>下一位  F8</translation>
    </message>
    <message>
        <source>Call the next one waiting (F8)</source>
        <translation>叫下一位（F8）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The selected one is done (Alt+F)</source>
        <translation>所选居民服务完成（Alt+F）</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>The selected one left without being served</source>
        <translation>所选居民没有接受服务就离开了</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>现场登记…</translation>
    </message>
    <message>
        <source>Register a walk-in (Alt+W)</source>
        <translation>登记现场来的居民（Alt+W）</translation>
    </message>
    <message>
        <source>The station&apos;s queue is not available on this desk yet.</source>
        <translation>本机暂时不能使用康养服务站叫号。</translation>
    </message>
</context>
<context>
    <name>ReachNotice</name>
    <message>
        <source>⚠ The database is in use by another program; trying again…</source>
        <translation>⚠ 数据库正被其他程序占用，正在重试…</translation>
    </message>
    <message>
        <source>⚠ The database server is not answering; trying again…</source>
        <translation>⚠ 数据库服务器没有响应，正在重试…</translation>
    </message>
</context>
<context>
    <name>RecordVitalsDialog</name>
    <message>
        <source>Record readings: {name}</source>
        <translation>记录读数：{name}</translation>
    </message>
    <message>
        <source>New readings for {name}</source>
        <translation>{name} 的新读数</translation>
    </message>
    <message>
        <source>upper, e.g. 135</source>
        <translation>高压，如 135</translation>
    </message>
    <message>
        <source>lower, e.g. 85</source>
        <translation>低压，如 85</translation>
    </message>
    <message>
        <source>e.g. 72</source>
        <translation>如 72</translation>
    </message>
    <message>
        <source>e.g. 6.1</source>
        <translation>如 6.1</translation>
    </message>
    <message>
        <source>e.g. 58.5</source>
        <translation>如 58.5</translation>
    </message>
    <message>
        <source>e.g. dizzy this morning; took the pill before coming</source>
        <translation>如：早上头晕；来之前吃过药</translation>
    </message>
    <message>
        <source>Fasting</source>
        <translation>空腹</translation>
    </message>
    <message>
        <source>After a meal / random</source>
        <translation>餐后（随机）</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Blood pressure</source>
        <translation>血压(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Pulse</source>
        <translation>脉搏(&amp;P)</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>次/分</translation>
    </message>
    <message>
        <source>Blood &amp;sugar</source>
        <translation>血糖(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>体重(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
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
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
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
        <source>Under 60</source>
        <translation>60 岁以下</translation>
    </message>
    <message>
        <source>60–69</source>
        <translation>60–69 岁</translation>
    </message>
    <message>
        <source>70–79</source>
        <translation>70–79 岁</translation>
    </message>
    <message>
        <source>80–89</source>
        <translation>80–89 岁</translation>
    </message>
    <message>
        <source>90 and over</source>
        <translation>90 岁及以上</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>年龄不详</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>独居</translation>
    </message>
    <message>
        <source>Empty-nest</source>
        <translation>空巢</translation>
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
        <source>Low-income allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>无上述情况</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>驻区企业</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Capable resident</source>
        <translation>居民能人</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>No community given</source>
        <translation>未填社区</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <source>{count} visits</source>
        <translation>{count} 人次</translation>
    </message>
    <message>
        <source>People (different residents)</source>
        <translation>人数（同一居民只计一次）</translation>
    </message>
    <message>
        <source>Visits (each time counted)</source>
        <translation>人次（每次都计入）</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>You may not see these figures.</source>
        <translation>您不能查看这些数据。</translation>
    </message>
    <message>
        <source>Choose a shorter period.</source>
        <translation>请选择短一些的统计期间。</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>无法读取数据。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Community partners</source>
        <translation>社区合伙人</translation>
    </message>
    <message>
        <source>{attendances} of {expected} expected · {people} · {sessions} sessions</source>
        <translation>应到 {expected}，实到 {attendances} · {people} · {sessions} 个课次</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>出勤率（%）</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未结束</translation>
    </message>
</context>
<context>
    <name>ResidentAppointments</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>已到</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>未到</translation>
    </message>
</context>
<context>
    <name>ResidentAppointmentsDialog</name>
    <message>
        <source>{name}&apos;s appointments</source>
        <translation>{name}的预约</translation>
    </message>
    <message>
        <source>Why it is cancelled (the resident rang, ill…)</source>
        <translation>取消原因（居民来电、生病…）</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>And the rest of its series</source>
        <translation>以及此后全部</translation>
    </message>
    <message>
        <source>&amp;Cancel appointment</source>
        <translation>取消预约(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>请说明取消预约的原因。</translation>
    </message>
    <message>
        <source>Cancelled {count} appointment(s).</source>
        <translation>已取消 {count} 个预约。</translation>
    </message>
    <message>
        <source>The reason can be at most {max} characters.</source>
        <translation>原因最多 {max} 个字。</translation>
    </message>
    <message>
        <source>This appointment can no longer be cancelled.</source>
        <translation>这个预约已不能取消。</translation>
    </message>
    <message>
        <source>This appointment is no longer there.</source>
        <translation>找不到这个预约了。</translation>
    </message>
    <message>
        <source>This could not be done. Please try again.</source>
        <translation>操作未完成，请重试。</translation>
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
        <source>Book…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Book a care-station appointment for the resident (F10)</source>
        <translation>为该居民预约康养服务（F10）</translation>
    </message>
    <message>
        <source>Enroll…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <source>Enroll the resident in a course or event (F11)</source>
        <translation>为该居民报名课程或活动（F11）</translation>
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
    <name>ResidentClassesDialog</name>
    <message>
        <source>{name}&apos;s courses</source>
        <translation>{name} 的课程</translation>
    </message>
    <message>
        <source>Courses and events of {name}</source>
        <translation>{name} 的课程和活动</translation>
    </message>
    <message>
        <source>Coming sessions</source>
        <translation>接下来的课次</translation>
    </message>
    <message>
        <source>Why they withdraw (moved away, unwell…)</source>
        <translation>退课原因（搬走了、身体不适…）</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>退课(&amp;W)</translation>
    </message>
    <message>
        <source>Withdraw from the chosen course (or leave its waiting list)</source>
        <translation>退出所选课程（或退出候补）</translation>
    </message>
    <message>
        <source>&amp;Print timetable</source>
        <translation>打印课表(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>{name}&apos;s timetable</source>
        <translation>{name} 的课表</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S, Enter)</source>
        <translation>保存（Ctrl+S、Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <source>Moved away or deceased: archive the record (it is never deleted)</source>
        <translation>迁出或去世：把档案归档（档案不会删除）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复档案</translation>
    </message>
    <message>
        <source>Bring the archived record back into the register</source>
        <translation>把已归档的档案恢复到居民名册</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <source>Resident record: {name}</source>
        <translation>居民档案：{name}</translation>
    </message>
    <message>
        <source>Archived: {reason}</source>
        <translation>已归档：{reason}</translation>
    </message>
    <message>
        <source>{name} - consent form</source>
        <translation>{name} - 知情同意书</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>已显示</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Close it anyway and lose the changes?</source>
        <translation>表单中填写的内容还没有保存。仍要关闭并放弃这些修改吗？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
</context>
<context>
    <name>ResidentPicker</name>
    <message>
        <source>Name / initials / last four digits of the phone</source>
        <translation>姓名 / 拼音首字母 / 手机后四位</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
</context>
<context>
    <name>Residents</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>室</translation>
    </message>
    <message>
        <source>Address details</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>独居</translation>
    </message>
    <message>
        <source>Empty-nest</source>
        <translation>空巢</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>失能/半失能</translation>
    </message>
    <message>
        <source>Low-income allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Chronic conditions</source>
        <translation>慢性病</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>Walking aid</source>
        <translation>助行器具</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Member card number</source>
        <translation>服务卡号</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>知情同意日期</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填</translation>
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
        <source>None</source>
        <translation>无</translation>
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
        <source>Cane</source>
        <translation>拐杖</translation>
    </message>
    <message>
        <source>Walker</source>
        <translation>助行器</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>轮椅</translation>
    </message>
    <message>
        <source>Disabled / semi-disabled</source>
        <translation>失能/半失能</translation>
    </message>
    <message>
        <source>Low-income</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Aged 80+</source>
        <translation>高龄（80 岁以上）</translation>
    </message>
    <message>
        <source>No emergency contact</source>
        <translation>缺紧急联系人</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>按姓名</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>按年龄（年长在前）</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>按社区</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最近登记在前</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation>已合并到另一份档案</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation>健康信息</translation>
    </message>
    <message>
        <source>Shared with service partners</source>
        <translation>提供给合作服务方</translation>
    </message>
    <message>
        <source>Name, contact and address: to register and serve (always needed)</source>
        <translation>姓名、联系方式和住址：用于登记和服务（必选）</translation>
    </message>
    <message>
        <source>The ID number is sensitive personal information</source>
        <translation>身份证号属于敏感个人信息</translation>
    </message>
    <message>
        <source>Conditions and allergies: sensitive, seen only by care staff</source>
        <translation>慢性病和过敏：敏感信息，只有护理人员和管理员可见</translation>
    </message>
    <message>
        <source>Passed to the partner running a service the resident signs up for</source>
        <translation>提供给居民报名的服务的合作方</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>同一身份证号</translation>
    </message>
    <message>
        <source>same member card</source>
        <translation>同一服务卡</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <source>same phone, similar name</source>
        <translation>电话相同，姓名相近</translation>
    </message>
    <message>
        <source>Please fill in {field}.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>太长了：最多 {max} 个字。</translation>
    </message>
    <message>
        <source>A name may only contain Chinese characters, letters, the middle dot (·) and spaces.</source>
        <translation>姓名只能包含汉字、字母、间隔号（·）和空格。</translation>
    </message>
    <message>
        <source>This date of birth cannot be right: it must be after 1880 and not later than today.</source>
        <translation>出生日期不对：应在 1880 年以后，且不晚于今天。</translation>
    </message>
    <message>
        <source>The date of birth does not match the ID number (the ID card says {expected}).</source>
        <translation>出生日期与身份证号不一致（身份证上是 {expected}）。</translation>
    </message>
    <message>
        <source>The sex does not match the ID number (the ID card says {expected}).</source>
        <translation>性别与身份证号不一致（身份证上是{expected}）。</translation>
    </message>
    <message>
        <source>Please type the ID number.</source>
        <translation>请填写身份证号。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (old cards: 15); this one has {count}.</source>
        <translation>身份证号应为 18 位（老身份证 15 位），现在是 {count} 位。</translation>
    </message>
    <message>
        <source>An ID number is digits only; only the last character may be X.</source>
        <translation>身份证号只能是数字，只有最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number (characters 7–14) is not a real date.</source>
        <translation>身份证号中的出生日期（第 7–14 位）不是有效日期，请核对。</translation>
    </message>
    <message>
        <source>The check digit of the ID number is wrong: please check the last character.</source>
        <translation>身份证号校验位不对，请核对最后一位。</translation>
    </message>
    <message>
        <source>This ID number is already registered to another resident.</source>
        <translation>这个身份证号已经登记在另一位居民名下。</translation>
    </message>
    <message>
        <source>This member card is already given to another resident.</source>
        <translation>这张服务卡已经发给另一位居民。</translation>
    </message>
    <message>
        <source>This card was replaced by a new one and its number is void: use another card.</source>
        <translation>这张卡已补办新卡，卡号作废：请换一张卡。</translation>
    </message>
    <message>
        <source>Not a phone number: a mobile has 11 digits, starting with 1; a landline needs its area code.</source>
        <translation>电话号码格式不对：手机是 1 开头的 11 位数字，座机要带区号。</translation>
    </message>
    <message>
        <source>There is a contact phone: please also fill in the contact&apos;s name.</source>
        <translation>填了紧急联系人电话，请同时填写联系人姓名。</translation>
    </message>
    <message>
        <source>A member card number is 4 to 32 digits.</source>
        <translation>服务卡号应为 4–32 位数字。</translation>
    </message>
    <message>
        <source>This date is later than today.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Please choose from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Not a date: please type it like {example}.</source>
        <translation>不是有效日期，请按 {example} 的格式填写。</translation>
    </message>
    <message>
        <source>{name} is already archived.</source>
        <translation>{name}的档案已经归档了。</translation>
    </message>
    <message>
        <source>{name} is checked in right now: check them out first, then archive.</source>
        <translation>{name}现在在馆（已签到），请先签退再归档。</translation>
    </message>
    <message>
        <source>{name} was archived by a merge: undo the merge to bring the record back.</source>
        <translation>{name}的档案是合并时归档的，请用“撤销合并”恢复。</translation>
    </message>
    <message>
        <source>The two records differ in {field}, so they cannot be merged. Correct the wrong one first.</source>
        <translation>两份档案的{field}不同，不能合并。请先改正错的那份。</translation>
    </message>
    <message>
        <source>Both records are checked in right now: check one of them out first, then merge.</source>
        <translation>两份档案现在都在馆（都已签到），请先为其中一份签退再合并。</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>请选择两份不同的档案进行合并。</translation>
    </message>
    <message>
        <source>{name} has already been merged into another record.</source>
        <translation>{name}的档案已经合并到另一份档案了。</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>这次合并已经撤销过了。</translation>
    </message>
    <message>
        <source>This merge can no longer be undone: the record was anonymised and its details are gone.</source>
        <translation>此次合并已无法撤销：该档案已匿名化，原有信息已删除。</translation>
    </message>
    <message>
        <source>{name} is archived: restore the record first.</source>
        <translation>{name} 已归档：请先恢复档案。</translation>
    </message>
    <message>
        <source>This merge cannot be found any more.</source>
        <translation>找不到这次合并的记录。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权进行此操作。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Consent always includes basic information: tick it, or leave every box empty.</source>
        <translation>知情同意必须包含基本信息：请勾选，或全部不勾。</translation>
    </message>
    <message>
        <source>This record cannot be found any more: another desk may have merged it. The list is refreshed.</source>
        <translation>找不到这份档案了，可能已被其他前台合并。名单已刷新。</translation>
    </message>
    <message>
        <source>Please check this field.</source>
        <translation>请核对这一项。</translation>
    </message>
    <message>
        <source>That cannot be done: {code}.</source>
        <translation>无法完成：{code}。</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>没有保存。{problem}</translation>
    </message>
    <message>
        <source>Not read. {problem}</source>
        <translation>没有读到数据。{problem}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved. What you typed while it was saving is not saved yet: save again to keep it.</source>
        <translation>已保存。保存期间输入的内容还没有保存，请再保存一次。</translation>
    </message>
    <message>
        <source>Aged</source>
        <translation>高龄</translation>
    </message>
    <message>
        <source>Maybe registered already: {name} ({reason}, archived)</source>
        <translation>可能已登记：{name}（{reason}，已归档）</translation>
    </message>
    <message>
        <source>Maybe registered already: {name} ({reason})</source>
        <translation>可能已登记：{name}（{reason}）</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} 岁</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Archived: {count}</source>
        <translation>已归档 {count} 人</translation>
    </message>
    <message>
        <source>Residents: {count}</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <source>Registered: {name}</source>
        <translation>已登记：{name}</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>已保存：{name}</translation>
    </message>
    <message>
        <source>No changes to save: {name}</source>
        <translation>没有修改：{name}</translation>
    </message>
    <message>
        <source>Archived: {name} ({reason}). Find it under “Archived”.</source>
        <translation>已归档：{name}（{reason}）。可在“已归档”中找到。</translation>
    </message>
    <message>
        <source>Restored: {name}</source>
        <translation>已恢复档案：{name}</translation>
    </message>
    <message>
        <source>Merged into {name}&apos;s record: {visits} visits moved; the other record is archived.</source>
        <translation>已合并到{name}的档案：移来 {visits} 次来访记录，另一份档案已归档。</translation>
    </message>
    <message>
        <source>Merge undone: {name}&apos;s two records are apart again.</source>
        <translation>已撤销合并：{name}的两份档案已恢复原样。</translation>
    </message>
    <message>
        <source>Valid ID number: born {date}, {sex}.</source>
        <translation>身份证号有效：{date} 出生，{sex}。</translation>
    </message>
    <message>
        <source>Valid ID number: born {date}, {sex}. Filled in date of birth and sex.</source>
        <translation>身份证号有效：{date} 出生，{sex}。已填入出生日期和性别。</translation>
    </message>
    <message>
        <source>Please fill in the date the consent form was signed.</source>
        <translation>请填写签署知情同意书的日期。</translation>
    </message>
    <message>
        <source>Tick what the resident agreed to.</source>
        <translation>请勾选居民同意的范围。</translation>
    </message>
    <message>
        <source>Exported {name}&apos;s own data to {path}</source>
        <translation>已导出{name}的本人信息：{path}</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>文件无法写入：{error}</translation>
    </message>
</context>
<context>
    <name>ResidentsExport</name>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>every current resident</source>
        <translation>全部在册居民</translation>
    </message>
    <message>
        <source>Residents {date}</source>
        <translation>居民名单 {date}</translation>
    </message>
</context>
<context>
    <name>ResidentsExportDialog</name>
    <message>
        <source>Export residents</source>
        <translation>导出居民</translation>
    </message>
    <message>
        <source>{count} residents: {what}</source>
        <translation>{count} 位居民：{what}</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV file (.csv, opens in Excel and WPS)</source>
        <translation>CSV 文件（.csv，可用 Excel 和 WPS 打开）</translation>
    </message>
    <message>
        <source>Health data (chronic conditions, allergies)</source>
        <translation>健康信息（慢性病、过敏）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>ID and phone numbers are exported masked, as the desk shows them (1402**********2002).</source>
        <translation>身份证号和电话号码按前台显示的方式隐去部分数字导出（1402**********2002）。</translation>
    </message>
    <message>
        <source>Full ID and phone numbers</source>
        <translation>完整身份证号和电话号码</translation>
    </message>
    <message>
        <source>Full ID and phone numbers (managers only)</source>
        <translation>完整身份证号和电话号码（仅限管理员）</translation>
    </message>
    <message>
        <source>Written to the audit log with the reason given</source>
        <translation>连同填写的原因记入操作日志</translation>
    </message>
    <message>
        <source>Only a manager may export full ID numbers</source>
        <translation>只有管理员可以导出完整身份证号</translation>
    </message>
    <message>
        <source>Why, e.g. the civil-affairs office&apos;s check of the age allowance</source>
        <translation>用途，例如：民政部门核对高龄津贴</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Say why the full numbers are needed: the reason goes into the audit log.</source>
        <translation>请说明为什么需要完整号码：原因会记入操作日志。</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>New resident</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <source>Register a new resident (Ctrl+N)</source>
        <translation>登记新居民（Ctrl+N）</translation>
    </message>
    <message>
        <source>Print cards…</source>
        <translation>打印服务卡…</translation>
    </message>
    <message>
        <source>Member cards of the selected residents, to preview and print (Ctrl+P)</source>
        <translation>所选居民的服务卡，预览后打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>返回填写</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The residents the filter shows, to an Excel or CSV file (Ctrl+Shift+E; written to the audit log)</source>
        <translation>把当前筛选出的居民导出为 Excel 或 CSV 文件（Ctrl+Shift+E；记入操作日志）</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复档案</translation>
    </message>
    <message>
        <source>Merge the two selected…</source>
        <translation>合并所选的两份档案…</translation>
    </message>
    <message>
        <source>Export the resident&apos;s own data…</source>
        <translation>导出本人信息…</translation>
    </message>
    <message>
        <source>Export the residents shown…</source>
        <translation>导出所显示的居民…</translation>
    </message>
    <message>
        <source>Print member cards…</source>
        <translation>打印服务卡…</translation>
    </message>
    <message>
        <source>New member card…</source>
        <translation>补办服务卡…</translation>
    </message>
    <message>
        <source>Health record…</source>
        <translation>健康记录…</translation>
    </message>
    <message>
        <source>Blood pressure, blood sugar and the other readings, with their trend (Ctrl+H; care staff and managers; written to the audit log)</source>
        <translation>血压、血糖等读数及其趋势（Ctrl+H；限护理人员和管理员；记入操作日志）</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <source>Bring residents in from the center&apos;s Excel, WPS or CSV roster (Ctrl+I; managers)</source>
        <translation>从中心的 Excel、WPS 或 CSV 名单导入居民（Ctrl+I；仅限管理员）</translation>
    </message>
    <message>
        <source>A new card number (a lost or broken card, or the first card); the old card stops working</source>
        <translation>换一个新卡号（卡丢了、坏了，或第一次发卡）；旧卡随即作废</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Book a care-station appointment for the selected resident</source>
        <translation>为所选居民预约康养服务</translation>
    </message>
    <message>
        <source>Appointments…</source>
        <translation>预约记录…</translation>
    </message>
    <message>
        <source>Enroll…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <source>Enroll the selected resident in a course or event</source>
        <translation>为所选居民报名课程或活动</translation>
    </message>
    <message>
        <source>Courses…</source>
        <translation>课程…</translation>
    </message>
    <message>
        <source>The resident&apos;s courses: standing, attendance, coming sessions; withdraw, print the timetable</source>
        <translation>该居民的课程：状态、出勤、接下来的课次；可退课、打印课表</translation>
    </message>
    <message>
        <source>A PDF of everything held about this resident, for them (full ID number; written to the audit log)</source>
        <translation>导出本中心保存的该居民全部信息（PDF，含完整身份证号，记入操作日志），交给居民本人</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Double-click a resident, or select one and press Enter, to open the record.</source>
        <translation>双击居民，或选中后按 Enter，打开档案。</translation>
    </message>
    <message>
        <source>A form you were filling in is set aside, not saved: {name}</source>
        <translation>有一份填写中的表单暂时搁置，尚未保存：{name}</translation>
    </message>
    <message>
        <source>A form you were filling in is set aside, not saved.</source>
        <translation>有一份填写中的表单暂时搁置，尚未保存。</translation>
    </message>
    <message>
        <source>Discard the form?</source>
        <translation>放弃这份表单？</translation>
    </message>
    <message>
        <source>The form set aside has not been saved. Discard what was typed in it?</source>
        <translation>搁置的表单还没有保存。要放弃其中填写的内容吗？</translation>
    </message>
    <message>
        <source>{name} - own data</source>
        <translation>{name} - 本人信息</translation>
    </message>
    <message>
        <source>The register is empty: bring the center&apos;s roster in from Excel, WPS or CSV (Ctrl+I).</source>
        <translation>居民档案还是空的：可以从 Excel、WPS 或 CSV 文件导入中心的居民名单（Ctrl+I）。</translation>
    </message>
    <message>
        <source>New member card</source>
        <translation>补办服务卡</translation>
    </message>
    <message>
        <source>{name} gets a new card number. A card they have now stops working: scanned at the desk, it is refused as replaced.</source>
        <translation>{name} 将得到一个新卡号。手上的旧卡随即作废：在前台扫描会提示已补办。</translation>
    </message>
    <message>
        <source>Issue new card</source>
        <translation>补办新卡</translation>
    </message>
    <message>
        <source>{name}&apos;s new card number is {number}; card {old} no longer works.</source>
        <translation>{name} 的新卡号是 {number}；旧卡 {old} 已作废。</translation>
    </message>
    <message>
        <source>{name}&apos;s card number is {number}.</source>
        <translation>{name} 的卡号是 {number}。</translation>
    </message>
    <message>
        <source>Select the residents whose cards to print.</source>
        <translation>请先选中要打印服务卡的居民。</translation>
    </message>
    <message>
        <source>{name} - member card</source>
        <translation>{name} - 服务卡</translation>
    </message>
    <message>
        <source>Member cards of {count} residents</source>
        <translation>{count} 位居民的服务卡</translation>
    </message>
    <message>
        <source>No member card to print: the selected residents have no card number yet.</source>
        <translation>没有可打印的服务卡：所选居民还没有卡号。</translation>
    </message>
    <message>
        <source>{count} of the selected have no card number: their cards are not in it.</source>
        <translation>所选居民中有 {count} 位还没有卡号，未印他们的卡。</translation>
    </message>
    <message>
        <source>Select the two records of the same person (Ctrl+click), then merge.</source>
        <translation>请选中同一个人的两份档案（按住 Ctrl 点击），再合并。</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
</context>
<context>
    <name>RestorePreview</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restore the backup of {time} ({kind})?</source>
        <translation>恢复 {time} 的备份（{kind}）？</translation>
    </message>
    <message>
        <source>Database now</source>
        <translation>现在的数据库</translation>
    </message>
    <message>
        <source>This backup</source>
        <translation>这份备份</translation>
    </message>
    <message>
        <source>The database goes back to how it was when this backup was taken: everything entered since then is no longer in it. Before that, the database as it is now is backed up (kind: before a restore), so this can be undone by restoring that backup.

This desk then opens the database again and everyone signs in again. Close frontdesk on the other desks first.</source>
        <translation>数据库将回到这份备份时的样子：之后录入的所有内容都不再在其中。恢复之前，会先把现在的数据库备份一份（类型：恢复前），需要时可以恢复那份备份来撤销。

之后本机重新打开数据库，所有人需要重新登录。请先关闭其他前台电脑上的 frontdesk。</translation>
    </message>
    <message>
        <source>I understand: what was entered after {time} is no longer in the database</source>
        <translation>我明白：{time} 之后录入的内容将不在数据库中</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
    <name>RoomBookingDialog</name>
    <message>
        <source>Book a room</source>
        <translation>教室预订</translation>
    </message>
    <message>
        <source>Move a room booking</source>
        <translation>更改教室预订</translation>
    </message>
    <message>
        <source>{room} ({capacity} places)</source>
        <translation>{room}（可容纳 {capacity} 人）</translation>
    </message>
    <message>
        <source>e.g. 健康讲座：冬季防跌倒</source>
        <translation>如：健康讲座：冬季防跌倒</translation>
    </message>
    <message>
        <source>Who asked: a partner, the council, the center</source>
        <translation>谁申请的：社区合伙人、居委会、本中心</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>教室(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>主办方(&amp;O)</translation>
    </message>
    <message>
        <source>Contact &amp;phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xpected</source>
        <translation>预计人数(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <source>Set-&amp;up before</source>
        <translation>提前布置(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Clean-up after</source>
        <translation>结束后整理(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存（Enter）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Book {room} instead</source>
        <translation>改订{room}</translation>
    </message>
    <message>
        <source>Take {when} in this room</source>
        <translation>改用本教室 {when}</translation>
    </message>
</context>
<context>
    <name>RoomClash</name>
    <message>
        <source>{room} is taken {taken} by {title} ({who})</source>
        <translation>{room} {taken} 已被「{title}」占用（{who}）</translation>
    </message>
    <message>
        <source>{room} is taken {taken} by {title}</source>
        <translation>{room} {taken} 已被「{title}」占用</translation>
    </message>
    <message>
        <source>clashes with another session of this plan</source>
        <translation>与本次安排的另一节课冲突</translation>
    </message>
    <message>
        <source>{instructor} teaches {title} in {other_room} then ({when})</source>
        <translation>{instructor}此时在{other_room}上「{title}」（{when}）</translation>
    </message>
    <message>
        <source>the instructor teaches another session of this plan</source>
        <translation>老师此时要上本次安排的另一节课</translation>
    </message>
    <message>
        <source>{room} is open {opens}–{closes} (set-up included)</source>
        <translation>{room}开放时间为 {opens}–{closes}（含布置时间）</translation>
    </message>
    <message>
        <source>{room} is not in use</source>
        <translation>{room}已停用</translation>
    </message>
    <message>
        <source>{room} holds {capacity}, not {need}</source>
        <translation>{room}只能容纳 {capacity} 人，不够 {need} 人</translation>
    </message>
    <message>
        <source>cannot be placed then</source>
        <translation>该时间无法安排</translation>
    </message>
    <message>
        <source>free then: {rooms}</source>
        <translation>可改用：{rooms}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>this room is next free {when}</source>
        <translation>本室下一个空闲时间：{when}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Cannot be placed: {clash}.</source>
        <translation>无法安排：{clash}。</translation>
    </message>
    <message>
        <source>Cannot be placed: {clash}. Instead: {offered}.</source>
        <translation>无法安排：{clash}。{offered}。</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>New room</source>
        <translation>新增教室</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>修改教室</translation>
    </message>
    <message>
        <source>e.g. 书法室</source>
        <translation>如：书法室</translation>
    </message>
    <message>
        <source>e.g. 2楼</source>
        <translation>如：2楼</translation>
    </message>
    <message>
        <source>e.g. 镜墙、音响</source>
        <translation>如：镜墙、音响</translation>
    </message>
    <message>
        <source>Step-free access (no steps)</source>
        <translation>无障碍（没有台阶）</translation>
    </message>
    <message>
        <source>Own opening hours</source>
        <translation>单独的开放时间</translation>
    </message>
    <message>
        <source>Without: the center&apos;s working day</source>
        <translation>不填：按中心的上班时间</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>容纳人数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>设备(&amp;E)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Save room</source>
        <translation>保存教室</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Rooms</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>Free clinic</source>
        <translation>义诊</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>the class {title} on {when}</source>
        <translation>{when} 的{title}课</translation>
    </message>
    <message>
        <source>the booking {title} on {when}</source>
        <translation>{when} 的预订“{title}”</translation>
    </message>
    <message>
        <source>the course {title} ({need} places)</source>
        <translation>课程{title}（需 {need} 个名额）</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>太长了：最多 {max} 个字。</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Not a phone number: an 11-digit mobile, or a landline with its area code (0352-1234567).</source>
        <translation>电话号码格式不对：手机是 11 位数字，座机要带区号（如 0352-1234567）。</translation>
    </message>
    <message>
        <source>A room of this name already exists.</source>
        <translation>已有同名的教室。</translation>
    </message>
    <message>
        <source>Between {minimum} and {maximum} places.</source>
        <translation>容纳人数须在 {minimum} 到 {maximum} 之间。</translation>
    </message>
    <message>
        <source>Give both times, or neither for the center&apos;s hours.</source>
        <translation>两个时间都填；或都不填，按中心的开放时间。</translation>
    </message>
    <message>
        <source>The room must close after it opens.</source>
        <translation>关门时间必须晚于开门时间。</translation>
    </message>
    <message>
        <source>{count} planned use(s) need more places than that, first {first}. Move them first.</source>
        <translation>有 {count} 项已安排的使用需要更多名额，最早的是{first}。请先调整它们。</translation>
    </message>
    <message>
        <source>{count} planned use(s) fall outside those hours, first {first}. Move them first.</source>
        <translation>有 {count} 项已安排的使用不在这个时间内，最早的是{first}。请先调整它们。</translation>
    </message>
    <message>
        <source>{count} planned use(s) still need this room, first {first}. Move or cancel them first.</source>
        <translation>有 {count} 项已安排的使用还要用这间教室，最早的是{first}。请先调整或取消它们。</translation>
    </message>
    <message>
        <source>That room is no longer there: refresh the list.</source>
        <translation>找不到这间教室了：请刷新列表。</translation>
    </message>
    <message>
        <source>That booking is no longer there: refresh the list.</source>
        <translation>找不到这个预订了：请刷新列表。</translation>
    </message>
    <message>
        <source>That booking was already cancelled.</source>
        <translation>这个预订已经取消了。</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>这个时间已经过了。</translation>
    </message>
    <message>
        <source>A booking starts and ends on the same day.</source>
        <translation>预订须在同一天开始和结束。</translation>
    </message>
    <message>
        <source>It must end after it starts.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Between {minimum} and {maximum} minutes.</source>
        <translation>须在 {minimum} 到 {maximum} 分钟之间。</translation>
    </message>
    <message>
        <source>Between {minimum} and {maximum} people.</source>
        <translation>须在 {minimum} 到 {maximum} 人之间。</translation>
    </message>
    <message>
        <source>Say why the booking is cancelled.</source>
        <translation>请说明取消预订的原因。</translation>
    </message>
    <message>
        <source>The reason can be at most {max} characters.</source>
        <translation>原因最多 {max} 个字。</translation>
    </message>
    <message>
        <source>That partner&apos;s person is no longer registered.</source>
        <translation>这位社区合伙人的联系人已不在登记中。</translation>
    </message>
    <message>
        <source>Only a manager may change the rooms.</source>
        <translation>只有管理员可以修改教室。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Center&apos;s hours</source>
        <translation>中心开放时间</translation>
    </message>
    <message>
        <source>That could not be saved. Check the form and try again.</source>
        <translation>没能保存。请检查填写的内容后重试。</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <source>Rooms</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Room bookings from {day}</source>
        <translation>{day} 起的教室预订</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>新增教室…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Edit the selected room (Enter on the table)</source>
        <translation>修改所选教室（在表格上按 Enter）</translation>
    </message>
    <message>
        <source>Room bookings</source>
        <translation>教室预订</translation>
    </message>
    <message>
        <source>The week</source>
        <translation>整周</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>Earlier (Alt+Left)</source>
        <translation>往前（Alt+Left）</translation>
    </message>
    <message>
        <source>Later (Alt+Right)</source>
        <translation>往后（Alt+Right）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计人数</translation>
    </message>
    <message>
        <source>Book a room…</source>
        <translation>预订教室…</translation>
    </message>
    <message>
        <source>Book a room (Ctrl+N)</source>
        <translation>预订教室（Ctrl+N）</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>改时间…</translation>
    </message>
    <message>
        <source>Move the selected booking to another time or room (Ctrl+M)</source>
        <translation>把所选预订改到别的时间或教室（Ctrl+M）</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>取消预订…</translation>
    </message>
    <message>
        <source>Cancel the selected booking (Delete)</source>
        <translation>取消所选预订（Delete）</translation>
    </message>
    <message>
        <source>{room} (not in use)</source>
        <translation>{room}（已停用）</translation>
    </message>
    <message>
        <source>Room saved: {room}</source>
        <translation>教室已保存：{room}</translation>
    </message>
    <message>
        <source>No room in use to book.</source>
        <translation>没有可预订的教室。</translation>
    </message>
    <message>
        <source>Moved: {title} · {room} · {when}</source>
        <translation>已更改：{title} · {room} · {when}</translation>
    </message>
    <message>
        <source>Booked: {title} · {room} · {when}</source>
        <translation>已预订：{title} · {room} · {when}</translation>
    </message>
    <message>
        <source>Cancelled: {title} · {room} · {when}</source>
        <translation>已取消：{title} · {room} · {when}</translation>
    </message>
</context>
<context>
    <name>RoomsWeek</name>
    <message>
        <source>Enrolled: {n} · present: {present}</source>
        <translation>已报名 {n} · 已到 {present}</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>已到</translation>
    </message>
    <message>
        <source>✓ present</source>
        <translation>✓ 已到</translation>
    </message>
    <message>
        <source>— not yet</source>
        <translation>— 未到</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>{n} in use</source>
        <translation>{n} 间在用</translation>
    </message>
    <message>
        <source>Painting and calligraphy</source>
        <translation>书画</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>健身</translation>
    </message>
    <message>
        <source>Dance</source>
        <translation>舞蹈</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Smartphones</source>
        <translation>智能手机</translation>
    </message>
    <message>
        <source>Job skills</source>
        <translation>职业技能</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>Free clinic</source>
        <translation>义诊</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>That time has already passed: choose a later one.</source>
        <translation>这个时间已经过了：请选更晚的时间。</translation>
    </message>
    <message>
        <source>The center is closed on {day} ({why}): choose another day.</source>
        <translation>{day}中心不开门（{why}）：请另选一天。</translation>
    </message>
    <message>
        <source>This session is no longer there.</source>
        <translation>找不到这节课了。</translation>
    </message>
    <message>
        <source>This booking is no longer there.</source>
        <translation>找不到这个预订了。</translation>
    </message>
    <message>
        <source>This session was cancelled: it cannot be moved.</source>
        <translation>这节课已停课，不能调课。</translation>
    </message>
    <message>
        <source>This booking was cancelled: it cannot be moved.</source>
        <translation>这个预订已取消，不能更改。</translation>
    </message>
    <message>
        <source>Instructor: {who}</source>
        <translation>授课老师：{who}</translation>
    </message>
    <message>
        <source>Organiser: {who}</source>
        <translation>主办方：{who}</translation>
    </message>
    <message>
        <source>Room taken {first}–{last} (set-up and clean-up)</source>
        <translation>教室占用 {first}–{last}（含布置和整理）</translation>
    </message>
    <message>
        <source>Enrolled {taken} of {capacity} places</source>
        <translation>已报名 {taken} / {capacity} 人</translation>
    </message>
    <message>
        <source>Expected: {expected}</source>
        <translation>预计人数：{expected}</translation>
    </message>
    <message>
        <source>Moved {title} to {when} in {room}.</source>
        <translation>已把{title}调到 {when}，{room}。</translation>
    </message>
</context>
<context>
    <name>RoomsWeekTab</name>
    <message>
        <source>The week before (PageUp)</source>
        <translation>上一周（PageUp）</translation>
    </message>
    <message>
        <source>The week after (PageDown)</source>
        <translation>下一周（PageDown）</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This week (Home)</source>
        <translation>本周（Home）</translation>
    </message>
    <message>
        <source>Show one room (Alt+R)</source>
        <translation>只看一间教室（Alt+R）</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>全部教室</translation>
    </message>
    <message>
        <source>Whole week</source>
        <translation>整周</translation>
    </message>
    <message>
        <source>One day&apos;s rooms, or the whole week side by side (Alt+W)</source>
        <translation>看一天的各个教室，或并排看整周（Alt+W）</translation>
    </message>
    <message>
        <source>Print this week&apos;s timetable…</source>
        <translation>打印本周课表…</translation>
    </message>
    <message>
        <source>The chosen room&apos;s week for its door (Ctrl+P)</source>
        <translation>所选教室的本周课表，贴在教室门上（Ctrl+P）</translation>
    </message>
    <message>
        <source>{room}: the week&apos;s timetable</source>
        <translation>{room}：本周课表</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Roster</source>
        <translation>点名</translation>
    </message>
    <message>
        <source>Scan a card or slip at the door</source>
        <translation>在门口刷卡或扫凭条</translation>
    </message>
    <message>
        <source>Each card scanned ticks its resident; a code typed by hand ends with Enter</source>
        <translation>每刷一张卡就勾上对应的居民；手动输入卡号后按 Enter</translation>
    </message>
    <message>
        <source>&amp;Door scan</source>
        <translation>门口扫码(&amp;D)</translation>
    </message>
    <message>
        <source>companions </source>
        <translation>同行人 </translation>
    </message>
    <message>
        <source>&amp;Let in anyway</source>
        <translation>仍然让其参加(&amp;L)</translation>
    </message>
    <message>
        <source>Places are left: register the guest and check them in</source>
        <translation>还有名额：登记这位来宾并签到</translation>
    </message>
    <message>
        <source>Space or a click on &apos;Present&apos; ticks the resident</source>
        <translation>按空格或点“已到”即可勾上居民</translation>
    </message>
    <message>
        <source>Guests who may need a hand</source>
        <translation>需协助名单</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>打印签到表</translation>
    </message>
    <message>
        <source>Print the session&apos;s sign-in sheet (F9)</source>
        <translation>打印这节课的签到表（F9）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Roster: {title}</source>
        <translation>点名：{title}</translation>
    </message>
    <message>
        <source>(cancelled: {reason})</source>
        <translation>（已停课：{reason}）</translation>
    </message>
    <message>
        <source>Sign-in sheet of {title}</source>
        <translation>{title} 签到表</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Tables (*.xlsx *.xls *.ods *.csv)</source>
        <translation>表格 (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the roster to import</source>
        <translation>选择要导入的名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Save the rows with problems</source>
        <translation>保存有问题的行</translation>
    </message>
    <message>
        <source>{name} - rows to fix</source>
        <translation>{name} - 有问题的行</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>原因 / 改动</translation>
    </message>
    <message>
        <source>This kind of file cannot be imported. Choose an Excel or WPS table (.xlsx, .xls), an OpenDocument table (.ods) or a .csv file.</source>
        <translation>这种文件不能导入。请选择 Excel 或 WPS 表格（.xlsx、.xls）、OpenDocument 表格（.ods）或 .csv 文件。</translation>
    </message>
    <message>
        <source>This file is not a table, although its name says so. Open it in Excel or WPS and save it again as .xlsx, then import that.</source>
        <translation>这个文件名看起来是表格，但内容并不是表格。请用 Excel 或 WPS 打开，另存为 .xlsx，再导入另存的文件。</translation>
    </message>
    <message>
        <source>This file has a password. Remove the password in Excel or WPS, save it again, then import it.</source>
        <translation>这个文件设置了密码。请在 Excel 或 WPS 中取消密码并重新保存，然后再导入。</translation>
    </message>
    <message>
        <source>This file is too large to import (more than {max_mb} MB). Split the roster into smaller files, or save it without pictures.</source>
        <translation>这个文件太大（超过 {max_mb} MB），不能导入。请把名单拆成几个小文件，或删去图片后再保存。</translation>
    </message>
    <message>
        <source>This file unpacks to more than {max_mb} MB, far more than a roster holds: it is not opened, to keep the computer safe. Save the table again in Excel or WPS and import that.</source>
        <translation>这个文件解压后超过 {max_mb} MB，远远超出一份名单应有的大小：为了电脑安全，不打开它。请在 Excel 或 WPS 中重新保存这个表格，再导入新保存的文件。</translation>
    </message>
    <message>
        <source>This file contains instructions a roster never has, so it is not opened, to keep the computer safe. Save the table again in Excel or WPS and import that.</source>
        <translation>这个文件含有名单里不会有的指令：为了电脑安全，不打开它。请在 Excel 或 WPS 中重新保存这个表格，再导入新保存的文件。</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be read. Open it in Excel or WPS; if it opens there, save it again and import the new file.</source>
        <translation>这个文件已损坏，无法读取。请用 Excel 或 WPS 打开；如果能打开，请重新保存，再导入新保存的文件。</translation>
    </message>
    <message>
        <source>The text of this .csv file cannot be read (it is neither UTF-8 nor GBK). Open it in Excel or WPS and save it as .xlsx, then import that.</source>
        <translation>这个 .csv 文件里的文字无法识别（既不是 UTF-8 编码，也不是 GBK 编码）。请用 Excel 或 WPS 打开，另存为 .xlsx，再导入另存的文件。</translation>
    </message>
    <message>
        <source>This table has more than {max} rows. Split it into smaller files and import them one after another.</source>
        <translation>这个表格超过 {max} 行。请拆成几个小文件，逐个导入。</translation>
    </message>
    <message>
        <source>This table is empty: there is nothing to import.</source>
        <translation>这个表格是空的：没有可导入的内容。</translation>
    </message>
    <message>
        <source>This sheet is not in the file any more. Choose another sheet, or choose the file again.</source>
        <translation>文件里已经没有这个工作表了。请选择别的工作表，或重新选择文件。</translation>
    </message>
    <message>
        <source>There is no file at this place. Check the name, or choose the file with Browse….</source>
        <translation>这个位置没有文件。请检查文件名，或点“浏览…”选择文件。</translation>
    </message>
    <message>
        <source>This file cannot be read: it may be open in another program, or this computer may not be allowed to read it. Close it there, or copy it to this computer, and try again.</source>
        <translation>无法读取这个文件：它可能正在其他程序中打开，或者这台电脑没有读取权限。请在那个程序中关闭它，或把它复制到这台电脑上，然后再试一次。</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose the roster file in it.</source>
        <translation>这是文件夹，不是文件。请选择其中的名单文件。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Repeated row</source>
        <translation>重复行</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Not a resident</source>
        <translation>不是居民</translation>
    </message>
    <message>
        <source>New residents to register: {count}</source>
        <translation>待登记的新居民：{count}</translation>
    </message>
    <message>
        <source>Registered residents with new or different details: {count}</source>
        <translation>信息有新增或变化的已登记居民：{count}</translation>
    </message>
    <message>
        <source>Already registered, nothing new (left alone): {count}</source>
        <translation>已登记、没有新信息（保持不变）：{count}</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row (skipped): {count}</source>
        <translation>与前面某行重复的行（跳过）：{count}</translation>
    </message>
    <message>
        <source>Rows with problems, not imported: {count}</source>
        <translation>有问题、未导入的行：{count}</translation>
    </message>
    <message>
        <source>Notes or headings, not residents (skipped): {count}</source>
        <translation>说明或标题行，不是居民（跳过）：{count}</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <source>same phone, similar name</source>
        <translation>电话相同，姓名相近</translation>
    </message>
    <message>
        <source>same member card</source>
        <translation>服务卡号相同</translation>
    </message>
    <message>
        <source>The ID number was stored as a number and its last digits are lost: set the column to text in the spreadsheet and type the number again.</source>
        <translation>身份证号被存成了数值，后几位已经丢失：请在表格中把这一列设为“文本”格式，再重新输入号码。</translation>
    </message>
    <message>
        <source>It cannot be told whether this is January or October: write it as 1945-01 or 1945-10.</source>
        <translation>看不出是 1 月还是 10 月：请写成 1945-01 或 1945-10。</translation>
    </message>
    <message>
        <source>Matches {count} registered residents: check them in the register first.</source>
        <translation>与 {count} 位已登记居民相符：请先在居民档案中核对。</translation>
    </message>
    <message>
        <source>This ID number is registered to another resident ({name}).</source>
        <translation>这个身份证号已登记在另一位居民（{name}）名下。</translation>
    </message>
    <message>
        <source>This member card is registered to another resident ({name}).</source>
        <translation>这张服务卡已登记在另一位居民（{name}）名下。</translation>
    </message>
    <message>
        <source>Matches {name} in the register, but the ID number is different.</source>
        <translation>与居民档案中的{name}相符，但身份证号不同。</translation>
    </message>
    <message>
        <source>Matches {name} in the register, but the member card number is different.</source>
        <translation>与居民档案中的{name}相符，但服务卡号不同。</translation>
    </message>
    <message>
        <source>Matches {name}, who is archived: restore the record in the register first.</source>
        <translation>与{name}相符，但其档案已归档：请先在居民档案中恢复。</translation>
    </message>
    <message>
        <source>The same ID number as row {line} of this file, but another name.</source>
        <translation>与本文件第 {line} 行的身份证号相同，但姓名不同。</translation>
    </message>
    <message>
        <source>Another desk registered this resident while the import ran.</source>
        <translation>导入期间，其他前台已登记了这位居民。</translation>
    </message>
    <message>
        <source>This resident&apos;s record was changed while the import ran: check the file again.</source>
        <translation>导入期间，这位居民的档案被修改了：请重新检查文件。</translation>
    </message>
    <message>
        <source>Your role may not import health details (chronic conditions, allergies): set those columns to “Not imported”.</source>
        <translation>您的角色不能导入健康信息（慢性病、过敏）：请把这些列设为“不导入”。</translation>
    </message>
    <message>
        <source>A field is chosen for two columns: go back and choose it for one column only.</source>
        <translation>有一项信息同时选给了两列：请返回，只选给其中一列。</translation>
    </message>
    <message>
        <source>A column is set to a field the register does not have: go back and choose another.</source>
        <translation>有一列选了居民档案中没有的项目：请返回，另选一项。</translation>
    </message>
    <message>
        <source>No column is set to the name: go back and choose the column that holds it.</source>
        <translation>没有哪一列设为姓名：请返回，选择姓名所在的列。</translation>
    </message>
    <message>
        <source>Your role may not import residents: ask a manager.</source>
        <translation>您的角色不能导入居民：请找管理员。</translation>
    </message>
    <message>
        <source>This file cannot be imported. Open it in Excel or WPS, save it again as .xlsx and import that.</source>
        <translation>这个文件不能导入。请用 Excel 或 WPS 打开，另存为 .xlsx，再导入另存的文件。</translation>
    </message>
    <message>
        <source>This row cannot be imported ({code}).</source>
        <translation>这一行不能导入（{code}）。</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>The same person as row {line}</source>
        <translation>与第 {line} 行是同一个人</translation>
    </message>
    <message>
        <source>Matches a registered resident ({reason})</source>
        <translation>与已登记居民相符（{reason}）</translation>
    </message>
    <message>
        <source>A note or heading row</source>
        <translation>说明或标题行</translation>
    </message>
    <message>
        <source>Registered: {count}</source>
        <translation>新登记：{count}</translation>
    </message>
    <message>
        <source>Updated: {count}</source>
        <translation>已更新：{count}</translation>
    </message>
    <message>
        <source>Already registered, left as they were: {count}</source>
        <translation>已登记、保持不变：{count}</translation>
    </message>
    <message>
        <source>Skipped (repeated rows, notes): {count}</source>
        <translation>跳过（重复行、说明行）：{count}</translation>
    </message>
    <message>
        <source>Backup taken before the import: {name}</source>
        <translation>导入前已备份：{name}</translation>
    </message>
    <message>
        <source>Stopped. {count} rows were written before it stopped, in whole batches: nothing was left half-written. Import the same file again to bring in the rest; the rows already in are recognised and not doubled.</source>
        <translation>已停止。停止前已按整批写入 {count} 行，没有只写了一半的数据。再导入一次同一个文件，即可导入其余的行；已导入的行会被认出来，不会重复。</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>Import stopped: {created} registered, {updated} updated before it stopped.</source>
        <translation>导入已停止：停止前新登记 {created} 人，更新 {updated} 人。</translation>
    </message>
    <message>
        <source>Roster imported: {created} registered, {updated} updated, {rejected} rows with problems.</source>
        <translation>名单已导入：新登记 {created} 人，更新 {updated} 人，{rejected} 行有问题。</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <source>Import a roster</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Next step (Alt+N or Enter)</source>
        <translation>下一步（Alt+N 或 Enter）</translation>
    </message>
    <message>
        <source>Write the new residents and the accepted changes to the register (Alt+I)</source>
        <translation>把新居民和已确认的改动写入居民档案（Alt+I）</translation>
    </message>
    <message>
        <source>Saved {count} rows with problems to {path}. Fix them there, then import that file.</source>
        <translation>已将 {count} 行有问题的数据保存到 {path}。请在这个文件里改好，再导入它。</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>停止导入？</translation>
    </message>
    <message>
        <source>The import stops after the batch being written. What is written stays, whole.</source>
        <translation>正在写入的这一批写完后，导入就会停止。已写入的数据完整保留。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Close the import?</source>
        <translation>关闭导入窗口？</translation>
    </message>
    <message>
        <source>The rows are checked but nothing is imported yet. Close anyway?</source>
        <translation>各行已检查完，但还没有导入任何数据。仍要关闭吗？</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v / %m 行</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop after the batch being written: what is written stays, whole (Alt+T)</source>
        <translation>正在写入的这一批写完后停止：已写入的数据完整保留（Alt+T）</translation>
    </message>
    <message>
        <source>A backup of the database is taken first, so the register can be put back as it was.</source>
        <translation>导入前会先备份数据库，需要时可以把居民档案恢复原样。</translation>
    </message>
    <message>
        <source>The database server&apos;s administrator keeps its backups; the import is written in batches.</source>
        <translation>数据库服务器的备份由服务器管理员负责；导入分批写入。</translation>
    </message>
    <message>
        <source>Taking the backup, then writing the rows…</source>
        <translation>正在备份，随后写入数据…</translation>
    </message>
    <message>
        <source>Written {done} of {total} rows…</source>
        <translation>已写入 {done} / {total} 行…</translation>
    </message>
    <message>
        <source>Stopping after the batch being written…</source>
        <translation>正在写入的这一批写完后即停止…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何数据。</translation>
    </message>
    <message>
        <source>The import stopped. Every batch written before is whole; import the file again for the rest.</source>
        <translation>导入中断了。此前写入的每一批都是完整的；再导入一次这个文件，即可导入其余的行。</translation>
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
    <name>ServerPart</name>
    <message>
        <source>Database server (several desks)</source>
        <translation>数据库服务器（多台前台共用）</translation>
    </message>
    <message>
        <source>Changes take effect the next time frontdesk starts. The password is kept only on this computer, readable by this user account, and is never shown again.</source>
        <translation>更改在下次启动 frontdesk 时生效。密码只保存在这台电脑上，仅当前系统用户可读，之后不再显示。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>连接地址</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>使用此服务器</translation>
    </message>
    <message>
        <source>Back to the local database</source>
        <translation>改回本机数据库</translation>
    </message>
    <message>
        <source>This desk uses the database file on this computer.</source>
        <translation>本前台使用这台电脑上的数据库文件。</translation>
    </message>
    <message>
        <source>(saved, not shown)</source>
        <translation>（已保存，不显示）</translation>
    </message>
    <message>
        <source>This desk uses the server {url} (from the next start).</source>
        <translation>本前台使用服务器 {url}（下次启动起）。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, as on the installer&apos;s sheet.</source>
        <translation>请填写服务器地址（见安装说明单）。</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>请填写数据库名。</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Saved: frontdesk on this desk uses this server from the next start.</source>
        <translation>已保存：本前台下次启动 frontdesk 时使用此服务器。</translation>
    </message>
    <message>
        <source>Back to the database file on this computer from the next start.</source>
        <translation>已改回本机数据库文件：下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Connected. The database is empty: frontdesk creates its tables at the first start.</source>
        <translation>已连接。数据库是空的：第一次启动时 frontdesk 会建好数据表。</translation>
    </message>
    <message>
        <source>Connected. The database holds frontdesk data.</source>
        <translation>已连接。数据库里已有 frontdesk 的数据。</translation>
    </message>
    <message>
        <source>Connected, but a newer frontdesk wrote this database: update frontdesk on this computer first.</source>
        <translation>已连接，但该数据库由更新版本的 frontdesk 写入：请先升级这台电脑上的 frontdesk。</translation>
    </message>
    <message>
        <source>Connected, but the database holds another program&apos;s tables: use an empty one.</source>
        <translation>已连接，但数据库里有其他程序的数据表：请换用一个空的数据库。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码不对。</translation>
    </message>
    <message>
        <source>The server cannot be reached: check the address and port, that the server is on, and the network.</source>
        <translation>连不上服务器：请检查地址和端口、服务器是否开机以及网络是否畅通。</translation>
    </message>
    <message>
        <source>The server has no database called {name}: check the name, or ask for it to be created.</source>
        <translation>服务器上没有名为 {name} 的数据库：请检查数据库名，或请管理员先建好它。</translation>
    </message>
    <message>
        <source>The server does not accept this computer or this user: ask for access to be allowed.</source>
        <translation>服务器不接受这台电脑或这个用户的连接：请管理员在服务器上开通权限。</translation>
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
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>The screen locks after this long without use (Ctrl+L locks at once).</source>
        <translation>无人操作这么久后锁定屏幕（Ctrl+L 立即锁定）。</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>自动锁屏</translation>
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
        <source>The language of the whole program on this desk.</source>
        <translation>本机整个程序使用的语言。</translation>
    </message>
    <message>
        <source>The new language is used the next time frontdesk starts.</source>
        <translation>新的语言将在下次启动程序时生效。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>SlipPrint</name>
    <message>
        <source>{name}&apos;s visit slip</source>
        <translation>{name}的来访凭条</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>Also the rest of the series, to the same time</source>
        <translation>此后全部一并改到这个时间</translation>
    </message>
    <message>
        <source>Move {name}&apos;s appointment</source>
        <translation>为 {name} 改约</translation>
    </message>
    <message>
        <source>{when} · {person} · {free} free</source>
        <translation>{when} · {person} · 余 {free}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>改约</translation>
    </message>
    <message>
        <source>No free slot in the next two weeks.</source>
        <translation>未来两周没有空余时段。</translation>
    </message>
</context>
<context>
    <name>SmallDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Care staff</source>
        <translation>护理人员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码不对。</translation>
    </message>
    <message>
        <source>Account locked: try again after {time}.</source>
        <translation>账号已锁定，请于 {time} 后再试。</translation>
    </message>
    <message>
        <source>The password needs at least {minimum} characters.</source>
        <translation>密码至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <source>Use both letters and digits in the password.</source>
        <translation>密码请同时包含字母和数字。</translation>
    </message>
    <message>
        <source>The password holds an invisible or broken character: type it again with the keyboard.</source>
        <translation>密码中有看不见或无效的字符：请用键盘重新输入。</translation>
    </message>
    <message>
        <source>Too long: at most {maximum} characters.</source>
        <translation>太长了：最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>The administrator has already been created: please sign in.</source>
        <translation>管理员已创建，请直接登录。</translation>
    </message>
    <message>
        <source>User names use Latin letters, digits, dots and underscores.</source>
        <translation>用户名只能用英文字母、数字、点和下划线。</translation>
    </message>
    <message>
        <source>Please enter the name shown on screen.</source>
        <translation>请输入显示姓名。</translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <translation>用户名 {username} 已被占用。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不对。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权进行此操作。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>该员工已不存在。</translation>
    </message>
    <message>
        <source>That file is not a picture: choose a PNG or JPEG file.</source>
        <translation>这个文件不是图片：请选 PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <source>That picture is too large for a logo (at most {megabytes} MB, and a simple drawing).</source>
        <translation>这张图片太大，不适合做标志（最多 {megabytes} MB，宜用简单图案）。</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>文件读不出来：{reason}</translation>
    </message>
    <message>
        <source>That cannot be done: {code}.</source>
        <translation>无法完成：{code}。</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>请稍候…</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>Signed in: {role} {name}</source>
        <translation>当前登录：{role} {name}</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新员工</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>显示姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>{name} ({username}) added.</source>
        <translation>已添加 {name}（{username}）。</translation>
    </message>
    <message>
        <source>New password set for {name}.</source>
        <translation>已为 {name} 设置新密码。</translation>
    </message>
    <message>
        <source>{name} reactivated.</source>
        <translation>{name} 已重新启用。</translation>
    </message>
    <message>
        <source>{name} deactivated.</source>
        <translation>{name} 已停用。</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>StartingCover</name>
    <message>
        <source>Community Service Center Front Desk</source>
        <translation>社区服务中心前台系统</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
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
    <name>TableExport</name>
    <message>
        <source>Your role may not export this.</source>
        <translation>您的角色不能导出此内容。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Only a manager may export full ID numbers: export with masked numbers instead.</source>
        <translation>只有管理员可以导出完整身份证号：请改为导出隐去部分数字的号码。</translation>
    </message>
    <message>
        <source>Say why the full ID numbers are needed: the reason goes into the audit log.</source>
        <translation>请说明为什么需要完整身份证号：原因会记入操作日志。</translation>
    </message>
    <message>
        <source>Too long: at most {maximum} characters.</source>
        <translation>太长了：最多 {maximum} 个字。</translation>
    </message>
    <message>
        <source>Only care staff and managers may export health data.</source>
        <translation>只有康养人员和管理员可以导出健康信息。</translation>
    </message>
    <message>
        <source>The table has no name to record it under.</source>
        <translation>这个列表没有名称，无法记录。</translation>
    </message>
    <message>
        <source>The table&apos;s rows could not be counted.</source>
        <translation>无法统计列表的行数。</translation>
    </message>
    <message>
        <source>The table was not exported ({code}).</source>
        <translation>列表未导出（{code}）。</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}.</source>
        <translation>已导出 {count} 行到 {path}。</translation>
    </message>
    <message>
        <source>{path} could not be written: the file may be open in Excel or WPS, or the folder may be read-only. Close the file (or choose another name or folder) and export again.</source>
        <translation>无法写入 {path}：文件可能正在 Excel 或 WPS 中打开，或文件夹不允许写入。请关闭该文件（或换一个文件名或文件夹）后再导出。</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is full. Free some space, or choose another disk.</source>
        <translation>无法写入 {path}：磁盘已满。请清理出空间，或换一个磁盘。</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is read-only. Choose another folder.</source>
        <translation>无法写入 {path}：磁盘是只读的。请换一个文件夹。</translation>
    </message>
    <message>
        <source>{path} could not be written ({why}). Check that the folder exists and can be written to, then export again.</source>
        <translation>无法写入 {path}（{why}）。请确认文件夹存在且可以写入，然后再导出。</translation>
    </message>
    <message>
        <source>table</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8, for Excel and WPS (*.csv)</source>
        <translation>CSV，UTF-8，供 Excel 和 WPS 使用 (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Save this table as an Excel workbook or a CSV file ({key})</source>
        <translation>把此列表保存为 Excel 工作簿或 CSV 文件（{key}）</translation>
    </message>
    <message>
        <source>The table is empty: nothing to export.</source>
        <translation>列表是空的：没有可导出的内容。</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>New term</source>
        <translation>新建学期</translation>
    </message>
    <message>
        <source>e.g. 2026 春季班</source>
        <translation>如：2026 春季班</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Save term</source>
        <translation>保存学期</translation>
    </message>
</context>
<context>
    <name>Vitals</name>
    <message>
        <source>Taken</source>
        <translation>测量时间</translation>
    </message>
    <message>
        <source>Blood pressure (mmHg)</source>
        <translation>血压（mmHg）</translation>
    </message>
    <message>
        <source>Pulse (/min)</source>
        <translation>脉搏（次/分）</translation>
    </message>
    <message>
        <source>Blood sugar (mmol/L)</source>
        <translation>血糖（mmol/L）</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>体重（kg）</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>脉搏</translation>
    </message>
    <message>
        <source>Blood sugar</source>
        <translation>血糖</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high} {unit}: check the figure and type it again.</source>
        <translation>{field}应在 {low}–{high} {unit} 之间：请核对后重新输入。</translation>
    </message>
    <message>
        <source>Blood pressure needs both numbers, the upper and the lower.</source>
        <translation>血压要填两个数：高压和低压。</translation>
    </message>
    <message>
        <source>The lower number (diastolic) must be smaller than the upper one (systolic).</source>
        <translation>低压（舒张压）必须小于高压（收缩压）。</translation>
    </message>
    <message>
        <source>Say whether the blood sugar was taken fasting.</source>
        <translation>请选择血糖是空腹还是餐后（随机）测的。</translation>
    </message>
    <message>
        <source>The note is too long: at most {max} characters.</source>
        <translation>备注太长了：最多 {max} 个字。</translation>
    </message>
    <message>
        <source>Type at least one reading.</source>
        <translation>请至少填写一项读数。</translation>
    </message>
    <message>
        <source>Type a number, e.g. {example}.</source>
        <translation>请输入数字，如 {example}。</translation>
    </message>
    <message>
        <source>This appointment is not {name}&apos;s: close the window and open it from their appointment.</source>
        <translation>这个预约不是 {name} 的：请关闭窗口，从该居民的预约重新打开。</translation>
    </message>
    <message>
        <source>Blood pressure high</source>
        <translation>血压偏高</translation>
    </message>
    <message>
        <source>Blood pressure low</source>
        <translation>血压偏低</translation>
    </message>
    <message>
        <source>Blood sugar high</source>
        <translation>血糖偏高</translation>
    </message>
    <message>
        <source>Blood sugar low</source>
        <translation>血糖偏低</translation>
    </message>
    <message>
        <source>Pulse fast</source>
        <translation>脉搏偏快</translation>
    </message>
    <message>
        <source>Pulse slow</source>
        <translation>脉搏偏慢</translation>
    </message>
    <message>
        <source>▲ High</source>
        <translation>▲ 偏高</translation>
    </message>
    <message>
        <source>▼ Low</source>
        <translation>▼ 偏低</translation>
    </message>
    <message>
        <source>Blood pressure rising</source>
        <translation>血压呈上升趋势</translation>
    </message>
    <message>
        <source>Blood pressure falling</source>
        <translation>血压呈下降趋势</translation>
    </message>
    <message>
        <source>Blood pressure steady</source>
        <translation>血压平稳</translation>
    </message>
    <message>
        <source>Too few readings for a trend</source>
        <translation>读数太少，看不出趋势</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>空腹</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>{name}&apos;s readings are recorded: {flags}.</source>
        <translation>已记录 {name} 的读数：{flags}。</translation>
    </message>
    <message>
        <source>{name}&apos;s readings are recorded, all in range.</source>
        <translation>已记录 {name} 的读数，均在正常范围内。</translation>
    </message>
    <message>
        <source>Not saved: nothing typed is lost. {problem}</source>
        <translation>未保存，填写的内容都还在。{problem}</translation>
    </message>
    <message>
        <source>Not read. {problem}</source>
        <translation>没有读到数据。{problem}</translation>
    </message>
</context>
<context>
    <name>VitalsChart</name>
    <message>
        <source>No readings yet</source>
        <translation>暂无读数</translation>
    </message>
    <message>
        <source>Systolic (upper)</source>
        <translation>收缩压（高压）</translation>
    </message>
    <message>
        <source>Diastolic (lower)</source>
        <translation>舒张压（低压）</translation>
    </message>
    <message>
        <source>Sugar, fasting</source>
        <translation>血糖（空腹）</translation>
    </message>
    <message>
        <source>Sugar, random</source>
        <translation>血糖（随机）</translation>
    </message>
    <message>
        <source>Guideline limit</source>
        <translation>指南界值</translation>
    </message>
</context>
<context>
    <name>VitalsHistoryDialog</name>
    <message>
        <source>Health record: {name}</source>
        <translation>健康记录：{name}</translation>
    </message>
    <message>
        <source>Health record of {name}</source>
        <translation>{name}的健康记录</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Record new readings… (Ctrl+N)</source>
        <translation>记录新读数…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{count} readings, newest first.</source>
        <translation>共 {count} 条读数，最新的在前。</translation>
    </message>
    <message>
        <source>No readings recorded for {name} yet.</source>
        <translation>还没有 {name} 的读数记录。</translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>Offer free place</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Offer the selected slot&apos;s place</source>
        <translation>把所选时段空出的名额通知给候补居民</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take the selected one off the list</source>
        <translation>把所选居民移出候补名单</translation>
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
<context>
    <name>_HitModel</name>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
</context>
</TS>
