"""Data for the demo care station (康养服务站): partners' people, the services, who gives them when, and the words
used for leave, closures and cancellations. Names are made up; partners are named by their index in
:data:`catalog.PARTNERS` (1-based, as their ids)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from frontdesk.core.models import PersonRole

HOME, THIRD_HOSPITAL, UNIVERSITY_HOSPITAL = 4, 2, 5  # 福寿园养老院, 平城区第三人民医院, 云冈医科大学附属医院


@dataclass(frozen=True)
class PersonInfo:
    key: str  # how the hours below name the person
    partner: int
    name: str
    role: PersonRole
    notes: str | None = None
    active: bool = True


PEOPLE: tuple[PersonInfo, ...] = (
    PersonInfo("jia", 1, "贾志强", PersonRole.OTHER, "经理，负责派单"),
    PersonInfo("liuch", 1, "刘春花", PersonRole.OTHER, "护工：助浴、陪诊"),
    PersonInfo("hao", THIRD_HOSPITAL, "郝建国", PersonRole.DOCTOR, "心内科主任医师"),
    PersonInfo("tian", THIRD_HOSPITAL, "田慧", PersonRole.DOCTOR, "全科医生，每月第一个周三义诊"),
    PersonInfo("yan", THIRD_HOSPITAL, "闫丽萍", PersonRole.NURSE, "慢病随访护士"),
    PersonInfo("wu", 3, "武学军", PersonRole.INSTRUCTOR, "校长"),
    PersonInfo("yang", 3, "杨帆", PersonRole.INSTRUCTOR, "育婴员培训讲师"),
    PersonInfo("wen", HOME, "温秀琴", PersonRole.OTHER, "院长"),
    PersonInfo("zhangli", HOME, "张丽", PersonRole.NURSE, "主管护师"),
    PersonInfo("wangxy", HOME, "王晓燕", PersonRole.NURSE, "护师"),
    PersonInfo("liufang", HOME, "刘芳", PersonRole.NURSE, "已调回养老院本部", active=False),
    PersonInfo("zhaocm", HOME, "赵春梅", PersonRole.NURSE, "护理：换药、压疮护理"),
    PersonInfo("kang", HOME, "康建平", PersonRole.THERAPIST, "理疗师（推拿、艾灸）"),
    PersonInfo("bai", HOME, "白雪", PersonRole.THERAPIST, "康复治疗师"),
    PersonInfo("ma", HOME, "马玉珍", PersonRole.VOLUNTEER, "站内引导"),
    PersonInfo("qiao", UNIVERSITY_HOSPITAL, "乔振华", PersonRole.DOCTOR, "内分泌科副主任医师，周六义诊"),
    PersonInfo("duan", UNIVERSITY_HOSPITAL, "段瑞", PersonRole.LECTURER, "健康讲座：营养与慢病"),
    PersonInfo("hou", UNIVERSITY_HOSPITAL, "侯静", PersonRole.LECTURER, "健康讲座：防跌倒、用药安全"),
    PersonInfo("chang", 6, "常桂英", PersonRole.INSTRUCTOR, "团长"),
    PersonInfo("huo", 7, "霍文", PersonRole.INSTRUCTOR, "朗诵指导"),
    PersonInfo("lihm", 8, "李红梅", PersonRole.INSTRUCTOR, "公益瑜伽"),
    PersonInfo("zhangdm", 9, "张德明", PersonRole.INSTRUCTOR, "楷书、隶书"),
    PersonInfo("chenxz", 10, "陈秀芝", PersonRole.INSTRUCTOR, "古典舞、八段锦"),
    PersonInfo("niu", 11, "牛建国", PersonRole.VOLUNTEER, "理发"),
    PersonInfo("shen", 11, "申玉梅", PersonRole.VOLUNTEER, "理发"),
)


@dataclass(frozen=True)
class ServiceInfo:
    key: str
    name: str
    minutes: int
    places: int
    partner: int
    place: str
    price_cents: int = 0
    market_price_cents: int | None = None
    bring: str | None = None
    fasting: bool = False
    notes: str | None = None


BLOOD_PRESSURE, GLUCOSE, PHYSIO, REHAB, NURSING, CONSULT, CLINIC = (
    "bp", "glucose", "physio", "rehab", "nursing", "consult", "clinic",
)  # fmt: skip
SERVICES: tuple[ServiceInfo, ...] = (
    ServiceInfo(BLOOD_PRESSURE, "血压测量", 15, 10, HOME, "康养服务站"),
    ServiceInfo(
        GLUCOSE, "血糖检测", 15, 8, HOME, "康养服务站", bring="血糖记录本", fasting=True, notes="测后可在助餐点用早餐"
    ),
    ServiceInfo(PHYSIO, "理疗", 30, 1, HOME, "康复理疗室", 2000, 6000, "毛巾", notes="颈肩腰腿痛推拿、艾灸"),
    ServiceInfo(REHAB, "康复训练", 45, 2, HOME, "康复理疗室", 1000, 4000, "宽松衣服、运动鞋"),
    ServiceInfo(NURSING, "护理", 30, 1, HOME, "康养服务站", 1500, 5000, notes="换药、压疮护理、导尿管护理"),
    ServiceInfo(CONSULT, "健康咨询", 20, 2, THIRD_HOSPITAL, "康养服务站", bring="医保卡、既往病历、在用药品"),
    ServiceInfo(CLINIC, "义诊", 30, 30, UNIVERSITY_HOSPITAL, "多功能厅", bring="医保卡、既往病历"),
)

MORNING, AFTERNOON = (time(8, 30), time(11, 30)), (time(14, 0), time(16, 30))


@dataclass(frozen=True)
class HoursInfo:
    person: str
    service: str
    weekdays: tuple[int, ...]  # 0: Monday
    stretches: tuple[tuple[time, time], ...]  # the gaps are the breaks
    until_change: bool | None = None  # True: ends at the change of hours; False: begins there; None: always


HOURS: tuple[HoursInfo, ...] = (
    HoursInfo("zhangli", BLOOD_PRESSURE, (0, 2, 4), (MORNING, AFTERNOON)),
    HoursInfo("liufang", BLOOD_PRESSURE, (1, 3), (MORNING, AFTERNOON), until_change=True),
    HoursInfo("wangxy", BLOOD_PRESSURE, (1, 3), (MORNING, AFTERNOON), until_change=False),
    HoursInfo("yan", GLUCOSE, (0, 1, 2, 3, 4), ((time(8, 0), time(10, 0)),)),  # fasting: before breakfast
    HoursInfo("kang", PHYSIO, (1, 3), (MORNING, AFTERNOON)),
    HoursInfo("bai", REHAB, (0, 2, 4), ((time(9, 0), time(11, 15)), (time(14, 0), time(16, 15)))),
    HoursInfo("zhaocm", NURSING, (0, 1, 2, 3, 4), ((time(9, 0), time(11, 30)), (time(14, 30), time(16, 30)))),
    HoursInfo("hao", CONSULT, (0, 3), ((time(14, 0), time(16, 0)),)),
)
HOURS_CHANGE_DAYS_AGO = 60  # 刘芳 went back to the home; 王晓燕 took over her Tuesdays and Thursdays

# 义诊 sessions: (person, weekday, which one in the month (0: first), starts, ends, slot minutes, places range)
SESSIONS: tuple[tuple[str, int, int, time, time, int, tuple[int, int]], ...] = (
    ("qiao", 5, 1, time(8, 30), time(11, 30), 60, (40, 60)),  # second Saturday: the university hospital
    ("tian", 2, 0, time(8, 30), time(11, 30), 30, (20, 30)),  # first Wednesday: the district hospital
)
SESSION_NOTES = {"qiao": "义诊：云冈医大附院内分泌科", "tian": "义诊：第三人民医院全科"}

LEAVE_NOTES: tuple[tuple[str, int], ...] = (("病假", 3), ("事假", 3), ("外出培训", 2), ("年休假", 2))
CLOSURES: tuple[str, ...] = ("停电检修，闭馆一天", "消防设施检测，闭馆一天")
CANCEL_REASONS: tuple[tuple[str, int], ...] = (
    ("身体不适", 30), ("临时有事", 26), ("家中有事", 22), ("改约其他时间", 10), ("天气不好", 7), ("子女接去外地", 5),
)  # fmt: skip
WAIT_NOTES: tuple[str, ...] = ("当天已约满", "想约上午", "下午都行")
