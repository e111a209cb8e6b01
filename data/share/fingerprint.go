package share

import (
	"crypto/sha256"
	"strings"
)

// FingerprintWords names a public key by six short words (48 bits of its
// SHA-256), for two people to compare by phone: "same words" means same
// key, where reading out 64 hex digits would invite mistakes.
func FingerprintWords(pub []byte) string {
	if len(pub) == 0 {
		return "(no key)"
	}
	sum := sha256.Sum256(pub)
	words := make([]string, 6)
	for i := range words {
		words[i] = fingerprintList[sum[i]]
	}
	return strings.Join(words, " ")
}

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
