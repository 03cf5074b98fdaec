"""Data for the demo center's classes (课程与教室): the courses of a term, the events of the year and the rooms'
regular bookings. Partners are named by their index in :data:`catalog.PARTNERS` (1-based, as their ids); instructors
by the keys of :data:`care_catalog.PEOPLE` or :data:`PEOPLE` below."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from frontdesk.core.demo.care_catalog import PersonInfo
from frontdesk.core.models import BookingKind, CourseCategory, PersonRole

THIRD_HOSPITAL, SCHOOL, UNIVERSITY_HOSPITAL, ARTS_TROUPE, RECITATION = 2, 3, 5, 6, 7  # 第三医院, 巧手职业培训学校…
YOGA, CALLIGRAPHY, DANCE, YOUTH = 8, 9, 10, 12  # 李老师, 张老师, 陈老师, 青年志愿者服务队

# Instructors the care station does not already name.
PEOPLE: tuple[PersonInfo, ...] = (
    PersonInfo("zhout", SCHOOL, "周婷", PersonRole.INSTRUCTOR, "直播带货讲师"),
    PersonInfo("liuy", YOUTH, "刘洋", PersonRole.INSTRUCTOR, "智能手机入门、夜校"),
    PersonInfo("wangx", YOUTH, "王欣", PersonRole.INSTRUCTOR, "微信与手机支付"),
)

Meeting = tuple[int, time, time]  # weekday (0: Monday), starts, ends


def _at(text: str) -> time:
    return time.fromisoformat(text)


def _m(weekday: int, starts: str, ends: str) -> Meeting:
    return (weekday, _at(starts), _at(ends))


@dataclass(frozen=True)
class CourseInfo:
    title: str
    category: CourseCategory
    partner: int
    instructor: str
    room: str
    capacity: int
    meetings: tuple[Meeting, ...]
    target: str | None = None
    description: str | None = None
    fee_cents: int = 0
    setup_min: int = 0
    cleanup_min: int = 0
    demand: float = 0.9  # applicants per place: above 1, a waiting list
    rounds: int = 1  # 职业技能 classes run several 期 of PERIOD_WEEKS in a term
    first_round: int = 1  # the 期 number of a term's first round in 2025 春季班 (the count goes on from there)


PERIOD_WEEKS = 8  # one 期 of a vocational class
C = CourseCategory
TERM_COURSES: tuple[CourseInfo, ...] = (
    CourseInfo(
        "书法班（楷书入门）",
        C.ARTS,
        CALLIGRAPHY,
        "zhangdm",
        "书法室",
        24,
        (_m(1, "09:00", "10:30"), _m(3, "09:00", "10:30")),
        "零基础",
        "从握笔、基本笔画学起，每周两次",
        setup_min=15,
        cleanup_min=15,
        demand=1.5,
    ),
    CourseInfo(
        "书法班（隶书提高）",
        C.ARTS,
        CALLIGRAPHY,
        "zhangdm",
        "书法室",
        20,
        (_m(1, "14:30", "16:00"),),
        "有楷书基础",
        "临《曹全碑》",
        setup_min=15,
        cleanup_min=15,
    ),
    CourseInfo(
        "古典舞",
        C.DANCE,
        DANCE,
        "chenxz",
        "舞蹈室",
        28,
        (_m(0, "09:00", "10:30"), _m(2, "09:00", "10:30")),
        "60岁以上女性",
        "身韵基础与成品舞，学期末汇报演出",
        demand=1.2,
    ),
    CourseInfo(
        "八段锦",
        C.FITNESS,
        DANCE,
        "chenxz",
        "舞蹈室",
        30,
        (_m(1, "15:00", "16:00"), _m(4, "09:00", "10:00")),
        "慢病居民优先",
        "国家体育总局健身气功·八段锦",
        demand=1.1,
    ),
    CourseInfo(
        "公益瑜伽",
        C.FITNESS,
        YOGA,
        "lihm",
        "舞蹈室",
        25,
        (_m(1, "09:00", "10:30"), _m(3, "09:00", "10:30")),
        "能独立上下垫子",
        "椅子瑜伽与舒缓拉伸，自带瑜伽垫",
        demand=1.4,
    ),
    CourseInfo(
        "朗诵班",
        C.CULTURE,
        RECITATION,
        "huo",
        "党群活动室",
        40,
        (_m(0, "14:30", "16:00"),),
        None,
        "普通话发音、诗歌散文朗诵",
    ),
    CourseInfo(
        "读书会",
        C.CULTURE,
        RECITATION,
        "huo",
        "阅览室",
        30,
        (_m(3, "14:30", "16:00"),),
        None,
        "每月共读一本书，轮流领读",
        demand=0.7,
    ),
    CourseInfo(
        "银发合唱团",
        C.CULTURE,
        ARTS_TROUPE,
        "chang",
        "多功能厅",
        60,
        (_m(2, "14:30", "16:30"),),
        "能识简谱更好",
        "声部排练，节日演出",
        setup_min=15,
        cleanup_min=15,
        demand=1.3,
    ),
    CourseInfo(
        "智能手机入门",
        C.DIGITAL,
        YOUTH,
        "liuy",
        "智能手机课堂",
        20,
        (_m(0, "09:30", "11:00"), _m(2, "09:30", "11:00")),
        "自带手机",
        "开关机、打电话、拍照、健康码与挂号",
        demand=1.6,
    ),
    CourseInfo(
        "智能手机·微信与支付",
        C.DIGITAL,
        YOUTH,
        "wangx",
        "智能手机课堂",
        20,
        (_m(1, "14:30", "16:00"),),
        "已会基本操作",
        "微信视频、发语音、手机支付与防诈骗",
        demand=1.2,
    ),
    CourseInfo(
        "群众夜校·智能手机",
        C.DIGITAL,
        YOUTH,
        "liuy",
        "智能手机课堂",
        20,
        (_m(3, "19:00", "20:30"),),
        "白天上班的居民",
        "晚间班：打车、网购、医保电子凭证",
    ),
    CourseInfo(
        "群众夜校·硬笔书法",
        C.ARTS,
        CALLIGRAPHY,
        "zhangdm",
        "书法室",
        24,
        (_m(0, "19:00", "20:30"),),
        None,
        "晚间班：钢笔字",
        setup_min=15,
        cleanup_min=15,
        demand=0.8,
    ),
    CourseInfo(
        "群众夜校·健康养生",
        C.HEALTH,
        UNIVERSITY_HOSPITAL,
        "hou",
        "党群活动室",
        50,
        (_m(1, "19:00", "20:30"),),
        None,
        "医大附院讲师授课：慢病、用药、急救常识",
        demand=0.8,
    ),
    CourseInfo(
        "育婴员培训",
        C.VOCATIONAL,
        SCHOOL,
        "yang",
        "阅览室",
        30,
        (_m(0, "09:00", "11:30"), _m(2, "09:00", "11:30"), _m(4, "09:00", "11:30")),
        "66岁以下、身体健康",
        "结业考核合格发证，推荐就业",
        fee_cents=0,
        demand=1.1,
        rounds=2,
        first_round=13,
    ),
    CourseInfo(
        "直播带货培训",
        C.VOCATIONAL,
        SCHOOL,
        "zhout",
        "智能手机课堂",
        20,
        (_m(4, "14:00", "16:30"), _m(5, "09:00", "11:30")),
        "66岁以下，自带手机",
        "选品、话术、短视频剪辑，结业推荐到电商基地",
        demand=1.0,
        rounds=2,
        first_round=3,
    ),
)

WITHDRAW_REASONS: tuple[tuple[str, int], ...] = (
    ("身体原因", 30), ("时间冲突", 22), ("去外地子女家", 18), ("照顾家人", 16), ("课程不适合", 8), ("搬家", 6),
)  # fmt: skip
CANCEL_REASONS: tuple[str, ...] = (
    "老师生病", "教室维修", "暴雪天气，停课一次", "老师外出学习", "停电检修", "与社区大型活动冲突",
)  # fmt: skip
MOVE_NOTES: tuple[str, ...] = ("调课：老师外出学习", "调课：教室临时借用", "调课：与义诊同日")
ADDED_NOTES: tuple[str, ...] = ("加课：汇报演出排练", "加课：补上停课的一次", "加课：结业考核")
EMPLOYERS: dict[str, tuple[str, ...]] = {
    "育婴员培训": ("大同康乐家政服务有限公司", "平城区爱婴坊母婴护理中心", "御河月嫂服务部", "福寿园养老院"),
    "直播带货培训": ("大同黄花电商产业园", "平城区供销社直营店", "云州优选电商直播基地"),
}


@dataclass(frozen=True)
class EventInfo:
    """活动: a course of one session with registration. ``when``: (weekday, which one in the month, 0: first) or
    (0, 0) with ``on`` = (month, day) for a dated event; a day that cannot take it moves to the next that can."""

    title: str
    room: str
    starts: time
    ends: time
    capacity: int
    companions: int = 1
    when: tuple[int, int] = (0, 0)
    on: tuple[int, int] | None = None
    instructor: str | None = None
    partner: int | None = None
    setup_min: int = 30
    cleanup_min: int = 30
    target: str | None = None
    description: str | None = None
    category: CourseCategory = C.EVENT


MONTHLY_EVENTS: tuple[EventInfo, ...] = (
    EventInfo(
        "{month}月集体生日会",
        "老年助餐点",
        _at("14:30"),
        _at("16:00"),
        60,
        when=(4, 3),
        target="本月过生日的居民",
        description="蛋糕、长寿面，社工主持",
    ),
    EventInfo(
        "{month}月老电影放映",
        "多功能厅",
        _at("14:30"),
        _at("16:30"),
        120,
        when=(1, 1),
        setup_min=15,
        cleanup_min=15,
    ),
)
SEASONAL_EVENTS: dict[int, tuple[EventInfo, ...]] = {
    1: (EventInfo("腊八粥暖心会", "老年助餐点", _at("09:00"), _at("10:30"), 80, when=(3, 2)),),
    2: (
        EventInfo(
            "写春联送福字",
            "书法室",
            _at("14:30"),
            _at("16:30"),
            24,
            0,
            (3, 1),
            instructor="zhangdm",
            partner=CALLIGRAPHY,
            setup_min=15,
            cleanup_min=15,
            category=C.ARTS,
        ),
    ),
    3: (EventInfo("三八节插花沙龙", "阅览室", _at("14:30"), _at("16:00"), 30, 0, on=(3, 6), target="女性居民"),),
    4: (
        EventInfo(
            "清明诗会",
            "党群活动室",
            _at("14:30"),
            _at("16:00"),
            50,
            0,
            (4, 0),
            instructor="huo",
            partner=RECITATION,
            category=C.CULTURE,
        ),
    ),
    5: (EventInfo("防诈骗知识竞赛", "党群活动室", _at("14:30"), _at("16:00"), 50, 0, (2, 1)),),
    6: (EventInfo("端午包粽子", "老年助餐点", _at("14:00"), _at("16:00"), 50, when=(2, 1)),),
    7: (EventInfo("暑期祖孙手工课", "阅览室", _at("09:30"), _at("11:00"), 30, 2, (1, 2), target="老人带孙辈"),),
    8: (
        EventInfo("金婚纪念合影", "多功能厅", _at("09:30"), _at("11:30"), 80, when=(3, 2), target="结婚五十年的老两口"),
    ),
    9: (EventInfo("中秋茶话会", "多功能厅", _at("14:30"), _at("16:30"), 150, when=(3, 1)),),
    10: (
        EventInfo(
            "重阳节敬老午宴",
            "多功能厅",
            _at("09:00"),
            _at("13:00"),
            180,
            1,
            on=(0, 0),
            setup_min=120,
            cleanup_min=90,
            partner=UNIVERSITY_HOSPITAL,
            target="60岁以上居民，行动不便者可带一名家属",
            description="9:00 起先测血压血糖（医大附院），11:30 午宴；门口刷卡签到",
        ),
    ),
    11: (
        EventInfo(
            "冬季消防安全演练", "多功能厅", _at("09:30"), _at("11:00"), 100, 0, (4, 2), setup_min=15, cleanup_min=15
        ),
    ),
    12: (
        EventInfo("冬至包饺子", "老年助餐点", _at("14:00"), _at("16:00"), 60, on=(12, 21)),
        EventInfo(
            "迎新年联欢会", "多功能厅", _at("14:30"), _at("16:30"), 160, on=(12, 29), setup_min=60, cleanup_min=45
        ),
    ),
}
CHONGYANG = "重阳节敬老午宴"  # 重阳节 (the ninth of the ninth lunar month), by year
CHONGYANG_DAYS: dict[int, tuple[int, int]] = {
    2024: (10, 11),
    2025: (10, 29),
    2026: (10, 18),
    2027: (10, 8),
    2028: (10, 26),
    2029: (10, 16),
    2030: (10, 5),
}


@dataclass(frozen=True)
class BookingInfo:
    """A monthly room booking: (weekday, which one in the month) like events."""

    title: str
    kind: BookingKind
    room: str
    organiser: str
    starts: time
    ends: time
    when: tuple[int, int]
    expected: tuple[int, int]
    setup_min: int = 15
    cleanup_min: int = 15


MONTHLY_BOOKINGS: tuple[BookingInfo, ...] = (
    BookingInfo(
        "老年居民议事会（{month}月）",
        BookingKind.MEETING,
        "党群活动室",
        "老年居民议事会",
        _at("09:30"),
        _at("11:30"),
        (4, 0),
        (20, 35),
    ),
    BookingInfo(
        "主题党日活动", BookingKind.EVENT, "党群活动室", "社区党支部", _at("14:30"), _at("16:30"), (2, 3), (30, 45)
    ),
)
LECTURE_ROOM, LECTURE_TIMES = "多功能厅", (_at("09:30"), _at("11:00"))  # second and fourth Thursdays
# 健康讲座 topics by month (the second and the fourth Thursday's), in season.
LECTURE_TOPICS: dict[int, tuple[str, str]] = {
    1: ("冬季防跌倒", "冬季心脑血管保健"), 2: ("节后饮食调理", "流感与肺炎疫苗"),
    3: ("春季过敏与哮喘", "骨质疏松的预防"),
    4: ("高血压用药安全", "春季养肝"), 5: ("糖尿病饮食", "老年人防诈骗"), 6: ("夏季防中暑", "心脑血管急救常识"),
    7: ("夏季饮食卫生", "膝关节保养"), 8: ("睡眠与情绪", "眼睛保健与白内障"), 9: ("秋季润燥养生", "认知障碍早发现"),
    10: ("合理用药与保健品", "慢阻肺的家庭护理"), 11: ("冬季防跌倒", "冬季取暖防煤气中毒"),
    12: ("老年人防诈骗", "冬季心脑血管保健"),
}  # fmt: skip
LECTURERS = ("duan", "hou")
CLINIC_ROOM = "多功能厅"  # the care station's 义诊 sessions are held there: each is a booking of the hall too
BOOKING_CANCEL_REASONS: tuple[str, ...] = ("讲师临时有事，改期另行通知", "暴雪天气，取消")
