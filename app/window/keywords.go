package window

import "pledgereview/data/share"

// keyWords names a public key by the words of the interface's language:
// a colleague on the phone reads out the words their own window shows.
func keyWords(pub []byte) string {
	return share.FingerprintWordsIn(pub, pick("zh", "en"))
}
