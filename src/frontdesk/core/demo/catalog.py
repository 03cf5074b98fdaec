"""Data for the demo center in Pingcheng District, Datong: places, numbers, health, staff, partners and rooms.

Community, compound, company and hospital names are made up in the style of the place; none is a real body.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from frontdesk.core.demo.names import words
from frontdesk.core.models import PartnerKind, Role, VisitPurpose


@dataclass(frozen=True)
class Community:
    name: str
    weight: int
    compounds: tuple[str, ...]  # 小区: blocks of flats
    lanes: tuple[str, ...] = ()  # streets of old single-storey courtyard houses (平房), no building/unit/room
    buildings: int = 16


COMMUNITIES: tuple[Community, ...] = (
    Community("局前社区", 18, ("局前街小区", "邮电家属院", "永和里"), ("局前街", "仓门街"), 12),
    Community("西马路社区", 17, ("西马路小区", "机车厂宿舍", "西城佳苑"), (), 24),
    Community("鼓楼东社区", 16, ("鼓楼东街小区", "华林小区"), ("鼓楼东街", "大北街柴市巷"), 10),
    Community("新华街社区", 18, ("新华街小区", "百货大楼宿舍", "新华苑"), (), 20),
    Community("永泰南社区", 15, ("永泰南路小区", "永泰苑", "御河花园"), (), 30),
    Community("南关社区", 16, ("南关南街小区", "棉纺厂宿舍"), ("南关南街", "南关西街"), 14),
)
BUNGALOW_SHARE = 0.25  # in communities with old lanes, share of residents living in a 平房 courtyard

# Region codes (administrative division codes) for ID numbers, with weights. An ID number keeps the code of the
# place it was first issued, so most of Datong's elderly carry the pre-2018 district codes (城区 140202, 矿区
# 140203, 南郊区 140211) rather than today's 平城区 140213 / 云冈区 140214 / 云州区 140215.
REGION_CODES: tuple[tuple[str, int], ...] = (
    ("140202", 26), ("140203", 9), ("140211", 7), ("140213", 18), ("140214", 7), ("140215", 4), ("140200", 8),
    ("140212", 2), ("140221", 2), ("140222", 1), ("140223", 1), ("140224", 1), ("140225", 2), ("140226", 1),
    ("140100", 2), ("140105", 1), ("140400", 1), ("140600", 2), ("140900", 1), ("130700", 2), ("130100", 1),
    ("150100", 1), ("150900", 2),
)  # fmt: skip

# Mobile prefixes (China Mobile, Unicom, Telecom) weighted roughly by what older people carry.
MOBILE_PREFIXES: tuple[tuple[str, int], ...] = (
    ("139", 14), ("138", 12), ("137", 8), ("135", 9), ("136", 6), ("134", 4), ("150", 6), ("151", 5), ("152", 4),
    ("158", 5), ("159", 5), ("182", 3), ("187", 2), ("188", 2), ("130", 4), ("131", 3), ("132", 3), ("155", 3),
    ("156", 2), ("185", 3), ("186", 4), ("133", 4), ("153", 3), ("180", 2), ("189", 4), ("181", 1), ("177", 1),
)  # fmt: skip
AREA_CODE = "0352"  # Datong
LANDLINE_FIRST_DIGITS = "25678"

# 慢性病: (condition, share at 60, added share per 10 years of age above 60).
CHRONIC_CONDITIONS: tuple[tuple[str, float, float], ...] = (
    ("高血压", 0.40, 0.07), ("糖尿病", 0.15, 0.02), ("冠心病", 0.08, 0.04), ("关节炎", 0.14, 0.04),
    ("慢阻肺", 0.04, 0.02), ("骨质疏松", 0.07, 0.05), ("高脂血症", 0.14, 0.0), ("脑梗后遗症", 0.02, 0.02),
    ("白内障", 0.04, 0.05), ("帕金森病", 0.005, 0.005), ("阿尔茨海默病", 0.003, 0.012), ("痛风", 0.03, 0.0),
)  # fmt: skip
ALLERGIES: tuple[tuple[str, float], ...] = (
    ("青霉素过敏", 0.030), ("磺胺类过敏", 0.010), ("海鲜过敏", 0.012), ("头孢类过敏", 0.008), ("花粉过敏", 0.005),
)  # fmt: skip

# 紧急联系人 relation → whether the contact carries the family surname (the father's line).
RELATIONS: tuple[tuple[str, int, bool], ...] = (
    ("儿子", 36, True), ("女儿", 34, True), ("儿媳", 4, False), ("女婿", 3, False), ("孙子", 3, True),
    ("孙女", 2, True), ("侄子", 4, True), ("侄女", 2, True), ("外甥", 2, False), ("邻居", 3, False),
    ("朋友", 1, False),
)  # fmt: skip
SPOUSE_RELATION = "老伴"
CHILD_GIVEN_MALE: tuple[str, ...] = words("伟 军 磊 勇 涛 斌 强 鹏 建军 志刚 晓东 海军 建伟 文斌 宏伟 永强")
CHILD_GIVEN_FEMALE: tuple[str, ...] = words("丽 敏 静 娜 燕 霞 海燕 晓燕 丽娟 艳红 秀梅 晓红 建英 春梅 美玲")
FEMALE_RELATIONS = frozenset({"女儿", "儿媳", "孙女", "侄女"})

NOTES: tuple[str, ...] = (
    "听力不好，请大声慢说",
    "左耳佩戴助听器",
    "视力差，填表需协助",
    "外出需家属陪同",
    "行动不便，请安排一楼活动",
    "糖尿病，活动时备些糖果",
    "心脏支架术后，避免剧烈运动",
    "常来书法班",
    "八段锦队队员",
    "老年居民议事会成员",
    "银发合唱团成员",
    "使用老年机，不看短信，请打电话",
    "子女在外地，每周电话联系",
    "夜校智能手机班学员",
)
NOTE_SHARE = 0.06

MOVED_NOTES: tuple[str, ...] = ("迁往太原与子女同住", "搬到女儿家（北京）", "入住福寿园养老院", "户口迁出本社区")
DECEASED_NOTES: tuple[str, ...] = ("家属告知已去世", "社区网格员告知已去世")
OTHER_NOTES: tuple[str, ...] = ("重复登记，已合并", "长期联系不上")


@dataclass(frozen=True)
class StaffMember:
    username: str
    display_name: str
    role: Role


# Every demo staff account signs in with this password (the README says so); a real center creates its own.
DEMO_PASSWORD = "demo2026"

STAFF: tuple[StaffMember, ...] = (
    StaffMember("wangjing", "王静", Role.MANAGER),
    StaffMember("liuyan", "刘燕", Role.FRONT_DESK),
    StaffMember("zhaomin", "赵敏", Role.FRONT_DESK),
    StaffMember("sunli", "孙丽", Role.FRONT_DESK),
    StaffMember("gaojianhua", "高建华", Role.FRONT_DESK),  # a retired resident volunteering at the desk
    StaffMember("hulina", "胡丽娜", Role.CARE),
    StaffMember("renhong", "任红", Role.CARE),
)


@dataclass(frozen=True)
class PartnerInfo:
    name: str
    kind: PartnerKind
    services: str
    contact_name: str
    started_days_ago: int
    term_years: int  # agreement length; a past end means an expired agreement (the partner is then inactive)
    notes: str | None = None


PARTNERS: tuple[PartnerInfo, ...] = (
    PartnerInfo("大同康乐家政服务有限公司", PartnerKind.ENTERPRISE, "上门保洁、助浴、家电维修、陪诊", "贾经理", 700, 3),
    PartnerInfo(
        "平城区第三人民医院",
        PartnerKind.ENTERPRISE,
        "医疗合伙人：银龄健康计划、慢病随访",
        "郝主任",
        520,
        3,
        "每月第一个周三上午义诊",
    ),
    PartnerInfo(
        "巧手职业培训学校",
        PartnerKind.SOCIAL_ORG,
        "就业合伙人：育婴员培训、直播带货培训",
        "武校长",
        400,
        2,
        "已开班18期",
    ),
    PartnerInfo("福寿园养老院", PartnerKind.SOCIAL_ORG, "康养服务站：护理、理疗、助餐", "温院长", 900, 5),
    PartnerInfo("云冈医科大学附属医院", PartnerKind.ENTERPRISE, "健康讲座、义诊、血压血糖测量", "乔医生", 300, 2),
    PartnerInfo("银发艺术团", PartnerKind.SOCIAL_ORG, "合唱、古典舞排练", "常团长", 620, 2),
    PartnerInfo("平城区朗诵协会", PartnerKind.SOCIAL_ORG, "朗诵班、读书会", "霍会长", 800, 2, "协议已到期，待续签"),
    PartnerInfo("李老师", PartnerKind.VOLUNTEER, "公益瑜伽课", "李红梅", 450, 2),
    PartnerInfo("张老师", PartnerKind.VOLUNTEER, "书法班（楷书、隶书）", "张德明", 1000, 3, "退休书法教师"),
    PartnerInfo("陈老师", PartnerKind.VOLUNTEER, "古典舞、八段锦", "陈秀芝", 380, 2),
    PartnerInfo("便民理发志愿队", PartnerKind.VOLUNTEER, "每周五免费理发", "牛师傅", 560, 2),
    PartnerInfo("青年志愿者服务队", PartnerKind.VOLUNTEER, "智能手机教学、群众夜校助教", "刘洋", 330, 2),
)


@dataclass(frozen=True)
class RoomInfo:
    name: str
    floor: str
    capacity: int
    equipment: str
    active: bool = True
    hours: tuple[time, time] | None = None  # None: the center's day (08:00–21:00)
    notes: str | None = None

    @property
    def step_free(self) -> bool:
        """无障碍: the ground floor has no steps; the upper floors are reached by stairs."""
        return self.floor == "1楼"


EVENING = (time(8, 0), time(21, 0))  # 群众夜校 rooms
DAYTIME = (time(8, 0), time(17, 30))  # the care rooms keep the station's day
UPSTAIRS = "三楼无电梯，行动不便的居民请安排在一楼"
ROOMS: tuple[RoomInfo, ...] = (
    RoomInfo(
        "多功能厅", "1楼", 180, "投影、音响、折叠桌椅", hours=(time(7, 0), time(21, 0)), notes="大型活动请提前一周登记"
    ),
    RoomInfo("康养服务站", "1楼", 16, "护理床、血压计、血糖仪、轮椅", hours=DAYTIME),
    RoomInfo(
        "老年助餐点", "1楼", 80, "餐桌、保温餐台", hours=(time(8, 0), time(19, 0)), notes="11:00–13:00 供餐，不排活动"
    ),
    RoomInfo("棋牌室", "1楼", 32, "麻将桌、象棋"),
    RoomInfo("阅览室", "2楼", 40, "书架、老花镜、放大镜", hours=DAYTIME),
    RoomInfo("康复理疗室", "2楼", 12, "理疗床、牵引架、康复器械", hours=DAYTIME),
    RoomInfo("舞蹈室", "2楼", 30, "镜墙、把杆、音响", notes="请穿软底鞋"),
    RoomInfo("书法室", "2楼", 24, "书法桌、毛毡、笔墨", hours=EVENING, notes="课后请清洗笔砚"),
    RoomInfo("党群活动室", "3楼", 50, "投影、会议桌", hours=EVENING, notes=UPSTAIRS),
    RoomInfo("智能手机课堂", "3楼", 20, "电视大屏、充电桩", hours=EVENING, notes=UPSTAIRS),
    RoomInfo("心理咨询室", "3楼", 4, "沙发", active=False, notes="装修中"),  # being refurbished
)

# Why people come, with the plain mix of a weekday; a resident's own habit overrides it most of the time.
PURPOSE_MIX: tuple[tuple[VisitPurpose, int], ...] = (
    (VisitPurpose.ACTIVITY, 35), (VisitPurpose.CLASS, 24), (VisitPurpose.CARE, 15), (VisitPurpose.ERRAND, 9),
    (VisitPurpose.MEAL, 8), (VisitPurpose.CONSULT, 6), (VisitPurpose.OTHER, 3),
)  # fmt: skip
