"""Word lists for demo residents' names: surnames weighted like the census, given names of the 1926–1966 cohorts.

Surname shares (per 10,000 people) follow the national ranking published from the household registration
statistics (王 李 张 刘 陈 …): the top five about 31 %, the top ten about 42 %, the top hundred about 86 %. Ranks
101–180 and a tail of rarer surnames (with the heteronym and compound ones a search box must cope with) stand in for
the thousands of others. Shanxi favourites (郝 武 贾 闫 霍 乔 温 …) are in the list too.
"""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """A word list written as one space-separated string (easier to read and edit than quoted items)."""
    return tuple(text.split())


# (surname, people per 10,000). Ranks 1–20 from the published shares; ranks 21–100 decay smoothly.
_TOP20: tuple[tuple[str, int], ...] = (
    ("王", 712), ("李", 700), ("张", 674), ("刘", 510), ("陈", 461), ("杨", 322), ("黄", 245), ("赵", 223),
    ("吴", 205), ("周", 193), ("徐", 173), ("孙", 152), ("马", 147), ("胡", 135), ("朱", 130), ("郭", 129),
    ("何", 123), ("罗", 111), ("高", 107), ("林", 103),
)  # fmt: skip
_RANKS_21_100 = (
    "郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊"
    "秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤赖"
)
# Ranks beyond 100 (about 12 down to 5 per 10,000), so the top of the list keeps its census share.
_RANKS_101_180 = (
    "傅邢洪施鲁葛殷齐俞毕聂晏时章骆柳庞涂倪管邬盛谷鲍甘童欧凌卫尚褚伍易蒲滕文卓蔺路包左兰宫车艾阮游裴房辛吉"
    "连屈项詹祝纪舒穆封景燕丛华谈边安迟亢和胥乌成栗滑荣麻邸"
)
# Rarer surnames, 3 per 10,000 each unless stated: Shanxi names, heteronyms (单 shàn, 解 xiè, 仇 qiú, 区 ōu,
# 查 zhā, 朴 piáo; 曾 zēng and 覃 qín rank above), and compound surnames.
_TAIL: tuple[tuple[str, int], ...] = (
    ("霍", 8), ("乔", 8), ("温", 8), ("康", 7), ("牛", 7), ("申", 6), ("常", 8), ("籍", 2), ("阎", 4), ("岳", 6),
    ("樊", 5), ("耿", 4), ("祁", 3), ("翟", 4), ("郜", 2), ("单", 4), ("解", 3), ("仇", 2), ("区", 1), ("查", 2),
    ("朴", 1), ("覃", 3), ("尉", 1), ("宁", 4), ("柴", 3), ("苗", 4), ("杭", 1), ("焦", 5), ("米", 2), ("冀", 3),
    ("靳", 4), ("欧阳", 2), ("司马", 1), ("上官", 1), ("诸葛", 1), ("皇甫", 1),
)  # fmt: skip


def _surnames() -> tuple[tuple[str, int], ...]:
    start, end, count = 95.0, 12.0, len(_RANKS_21_100)
    ratio = (end / start) ** (1 / (count - 1))
    ranked = tuple((name, round(start * ratio**i)) for i, name in enumerate(_RANKS_21_100))
    ratio = (5.0 / 12.0) ** (1 / (len(_RANKS_101_180) - 1))
    beyond = tuple((name, round(12.0 * ratio**i)) for i, name in enumerate(_RANKS_101_180))
    return _TOP20 + ranked + beyond + _TAIL


SURNAMES: tuple[tuple[str, int], ...] = _surnames()

# Surnames with a special reading, and characters outside the common set, that every demo register should hold
# a few of (for search, sorting by pinyin, printing). Rare characters are given names of men here.
HETERONYM_SURNAMES: tuple[str, ...] = ("单", "曾", "解", "仇", "区", "查", "朴", "覃")
RARE_GIVEN_NAMES: tuple[str, ...] = ("䶮", "𬌗", "喆", "堃", "昇", "德堃", "昇平", "国喆")

# Given names by sex, for people born before 1949 and in 1949–1966 (the "建国 / 援朝 / 跃进" years).
FEMALE_OLDER: tuple[str, ...] = words(
    "秀兰 桂英 秀英 玉兰 桂兰 秀珍 凤英 玉珍 玉英 兰英 淑珍 淑兰 淑英 秀芳 桂珍 玉梅 凤兰 桂芳 素珍 翠兰 "
    "金凤 玉凤 秀云 月英 秀荣 桂香 淑芬 凤琴 玉芬 翠英 素英 桂荣 金兰 玉花 秀花 爱莲 美英 兰芝 淑贞 凤珍 "
    "玉清 桂花 改兰 改花 润梅 银花 金花 巧云 存英 粉莲"
)
FEMALE_NEWER: tuple[str, ...] = words(
    "丽华 红梅 建华 秀琴 丽萍 桂琴 美兰 淑华 玉霞 爱华 秀芝 建英 桂梅 红英 玉琴 丽君 翠萍 素梅 凤霞 海燕 "
    "春梅 玉红 卫红 红霞 美华 冬梅 小平 丽娟 桂萍 淑琴 文华 雪梅 金莲 亚琴 爱玲 玉芳 慧敏 京华 跃华 向红"
)
FEMALE_SINGLE: tuple[str, ...] = words("英 兰 梅 芳 珍 霞 凤 华 琴 萍 红 莲 秀 敏 静 娟 荣 燕")
MALE_OLDER: tuple[str, ...] = words(
    "德明 福生 长春 宝山 树林 文华 振华 德胜 永生 玉山 金山 殿元 守仁 富贵 有福 春生 世杰 广义 德福 万福 "
    "占山 连生 树森 宝林 文斌 志远 凤岐 喜才 全福 贵生 天佑 俊峰 存孝 润生 銮生 怀仁 秉义 来喜"
)
MALE_NEWER: tuple[str, ...] = words(
    "建国 国华 志强 建华 建军 国庆 卫国 国强 志刚 援朝 跃进 爱国 振国 卫东 建平 解放 胜利 和平 抗美 新民 "
    "学军 向东 建新 永红 立新 国栋 建民 志勇 海军 红军 东升 保国 庆丰 跃华 卫平 建设 文革 红兵"
)
MALE_SINGLE: tuple[str, ...] = words("军 强 伟 斌 明 勇 刚 林 平 华 杰 忠 峰 亮 涛 民 富 贵 山 俊")

# Characters of that era's given names, combined freely for variety beyond the lists above (秀 + 琴, 德 + 林…).
FEMALE_FIRST = words("秀 玉 桂 淑 凤 翠 素 金 兰 美 月 爱 丽 春 冬 红 彩 银 润 改 巧 存 慧 雪 海 文 俊 瑞 喜")
FEMALE_SECOND = words("兰 英 珍 芳 梅 荣 云 香 琴 花 莲 霞 萍 华 芝 贞 娥 凤 清 娟 敏 红 菊 仙 枝 平 玲")
MALE_FIRST = words(
    "德 志 国 建 文 永 宝 树 振 福 长 世 玉 金 广 殿 富 有 春 连 俊 学 卫 向 新 立 东 保 庆 明 占 喜 天 怀 秉 来"
)
MALE_SECOND = words(
    "明 生 山 林 华 胜 元 仁 贵 福 杰 义 才 森 斌 远 全 佑 峰 孝 民 强 刚 军 国 平 海 成 祥 荣 亮 忠 礼 堂 顺"
)

COMPOSED_SHARE = 0.5  # two-character given names composed from the characters rather than taken from the lists
SINGLE_GIVEN_SHARE = 0.16  # one-character given names: less common in these cohorts than among the young
NEWER_ERA_FROM = 1949
