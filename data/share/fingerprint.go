package share

import (
	"crypto/sha256"
	"strings"
)

// FingerprintWords names a public key by six short English words (48 bits
// of its SHA-256), for two people to compare by phone: "same words" means
// same key, where reading out 64 hex digits would invite mistakes.
func FingerprintWords(pub []byte) string { return FingerprintWordsIn(pub, "en") }

// FingerprintWordsBoth names a key by its six words in Chinese and in
// English side by side, so that two colleagues whose programs speak
// different languages read the same words to each other.
func FingerprintWordsBoth(pub []byte) string {
	return FingerprintWordsIn(pub, "zh") + " / " + FingerprintWordsIn(pub, "en")
}

// FingerprintWordsIn names a public key by six words of a language: "zh"
// (any Chinese tag) gives common two-character Chinese words, anything else
// English. The same key gives the same words in the same language on every
// machine; two people on the phone compare the words of one language.
func FingerprintWordsIn(pub []byte, language string) string {
	if len(pub) == 0 {
		if isChinese(language) {
			return "（无密钥）"
		}
		return "(no key)"
	}
	list := &fingerprintList
	if isChinese(language) {
		list = &fingerprintListZh
	}
	sum := sha256.Sum256(pub)
	words := make([]string, 6)
	for i := range words {
		words[i] = list[sum[i]]
	}
	return strings.Join(words, " ")
}

func isChinese(language string) bool {
	return strings.HasPrefix(strings.ToLower(language), "zh")
}

// The word lists are fixed, version 1, in the order of the byte values
// they stand for: changing a word or the order would give a key other
// words than an older version shows, and a phone comparison between them
// would fail. A new list needs a new name and a way to tell which one a
// person reads out.

// fingerprintList holds 256 distinct, concrete English nouns, one per byte
// value, easy to say and to hear.
var fingerprintList = [256]string{
	"acid", "acorn", "actor", "adult", "agent", "alarm", "album", "alert", "alley", "amber", "anchor", "angle",
	"ankle", "apple", "april", "apron", "arena", "armor", "arrow", "atlas", "attic", "audio", "autumn", "award",
	"bacon", "badge", "baker", "bamboo", "banjo", "barn", "basket", "beach", "beard", "beaver", "bell", "berry",
	"bicycle", "bison", "blanket", "blossom", "boat", "bonus", "book", "bottle", "boxer", "brain", "branch", "bread",
	"brick", "bridge", "broom", "bubble", "bucket", "buffalo", "bugle", "butter", "cabin", "cactus", "camel", "camera",
	"candle", "canoe", "canyon", "carbon", "carpet", "carrot", "castle", "cedar", "cello", "chalk", "cherry", "chess",
	"chimney", "cider", "circus", "clock", "cloud", "clover", "cobra", "coconut", "coffee", "comet", "copper", "coral",
	"cotton", "cowboy", "crayon", "cricket", "crystal", "cube", "dagger", "daisy", "dancer", "delta", "desert", "diamond",
	"dinner", "doctor", "dolphin", "donkey", "dragon", "drum", "eagle", "echo", "eclipse", "elbow", "elephant", "ember",
	"engine", "falcon", "feather", "fern", "fiddle", "finger", "flame", "flute", "forest", "fossil", "fountain", "fox",
	"frog", "galaxy", "garden", "garlic", "gecko", "ginger", "giraffe", "glacier", "globe", "goat", "gold", "gorilla",
	"grape", "guitar", "hammer", "harbor", "harp", "hazel", "helmet", "hermit", "honey", "horizon", "hornet", "island",
	"ivory", "jacket", "jaguar", "jasmine", "jelly", "jungle", "kayak", "kettle", "kitten", "koala", "ladder", "lagoon",
	"lamp", "lantern", "lemon", "leopard", "lily", "lion", "lizard", "lobster", "magnet", "mango", "maple", "marble",
	"meadow", "melon", "mirror", "monkey", "moon", "mosaic", "motor", "mountain", "mustard", "needle", "nest", "nickel",
	"ocean", "olive", "onion", "orange", "orbit", "orchid", "otter", "owl", "paddle", "panda", "panther", "paper",
	"parrot", "peach", "peanut", "pebble", "pencil", "pepper", "piano", "pigeon", "pillow", "pilot", "pine", "planet",
	"plum", "pony", "potato", "pumpkin", "puzzle", "quartz", "rabbit", "radar", "radio", "raven", "ribbon", "river",
	"robot", "rocket", "rose", "ruby", "saddle", "salmon", "satin", "scarf", "shadow", "shark", "shell", "silver",
	"sky", "slipper", "snail", "snow", "sofa", "spider", "spoon", "squirrel", "star", "stone", "sugar", "summer",
	"sunset", "swan", "table", "tango", "tiger", "timber", "tomato", "tulip", "turtle", "umbrella", "valley", "velvet",
	"violin", "volcano", "wagon", "walnut",
}

// fingerprintListZh holds 256 distinct, common two-character Chinese words
// (animals, food, plants, nature, things of every day), one per byte
// value, none sounding like another on the list.
var fingerprintListZh = [256]string{
	"熊猫", "老虎", "狮子", "大象", "骆驼", "孔雀", "燕子", "海豚", "鲸鱼", "企鹅", "鲤鱼", "兔子", "乌龟", "青蛙", "蝴蝶", "蜜蜂",
	"蚂蚁", "蜻蜓", "鸽子", "喜鹊", "老鹰", "天鹅", "仙鹤", "鹦鹉", "猴子", "斑马", "袋鼠", "狐狸", "山羊", "绵羊", "黄牛", "水牛",
	"骏马", "公鸡", "鸭子", "金鱼", "螃蟹", "龙虾", "章鱼", "蜗牛", "河马", "犀牛", "刺猬", "麻雀", "黄莺", "海鸥", "蚕豆", "骡子",
	"苹果", "香蕉", "葡萄", "西瓜", "橘子", "柠檬", "草莓", "桃子", "樱桃", "菠萝", "芒果", "石榴", "荔枝", "椰子", "核桃", "花生",
	"玉米", "土豆", "番茄", "黄瓜", "南瓜", "冬瓜", "萝卜", "白菜", "茄子", "辣椒", "大蒜", "生姜", "蘑菇", "豆腐", "米饭", "面条",
	"饺子", "包子", "馒头", "月饼", "汤圆", "蛋糕", "面包", "饼干", "牛奶", "咖啡", "茶叶", "蜂蜜", "果酱", "奶酪", "红枣", "栗子",
	"松树", "柳树", "竹子", "荷花", "菊花", "梅花", "兰花", "玫瑰", "牡丹", "桂花", "茉莉", "银杏", "枫叶", "杨树", "桃花", "水仙",
	"太阳", "月亮", "星星", "彩虹", "白云", "雪花", "冰山", "沙漠", "草原", "森林", "海洋", "河流", "湖泊", "瀑布", "山峰", "峡谷",
	"岛屿", "火山", "闪电", "露珠", "晚霞", "春风", "秋雨", "溪水", "沙滩", "贝壳", "珊瑚", "石头", "砖头", "木头", "泥土", "树叶",
	"桌子", "椅子", "书包", "铅笔", "钢笔", "毛笔", "墨水", "信封", "剪刀", "尺子", "台灯", "钟表", "镜子", "雨伞", "扇子", "帽子",
	"围巾", "手套", "鞋子", "袜子", "毛衣", "外套", "裙子", "口袋", "钥匙", "窗户", "门铃", "楼梯", "屋顶", "花园", "篮球", "足球",
	"排球", "风筝", "气球", "积木", "拼图", "象棋", "围棋", "吉他", "钢琴", "笛子", "铃铛", "灯笼", "蜡烛", "火柴", "锤子", "钉子",
	"梯子", "绳子", "篮子", "瓶子", "杯子", "盘子", "勺子", "水壶", "茶壶", "枕头", "被子", "毛巾", "牙刷", "肥皂", "地图", "相机",
	"火车", "汽车", "轮船", "飞机", "帆船", "地铁", "卡车", "马车", "火箭", "卫星", "雪橇", "小船", "木筏", "轮胎", "马鞍", "船帆",
	"学校", "医院", "银行", "邮局", "公园", "广场", "码头", "车站", "机场", "工厂", "农场", "果园", "菜园", "桥梁", "城堡", "宫殿",
	"灯塔", "黄金", "白银", "铜钱", "钻石", "珍珠", "玉石", "水晶", "丝绸", "棉花", "羊毛", "医生", "老师", "农民", "厨师", "画家",
}
