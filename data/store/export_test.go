package store

import bolt "go.etcd.io/bbolt"

// TouchAll reads every key and value of every bucket, nested ones too, as
// raw bytes: every page bbolt can reach, without decoding a record. The
// damage tests use it to read a damaged file quickly.
func TouchAll(s *Store) (int, error) {
	n := 0
	var walk func(b *bolt.Bucket) error
	walk = func(b *bolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			for _, c := range k {
				n += int(c)
			}
			if v == nil {
				if nested := b.Bucket(k); nested != nil {
					return walk(nested)
				}
				return nil
			}
			for _, c := range v {
				n += int(c)
			}
			return nil
		})
	}
	err := s.view(func(tx *bolt.Tx) error {
		return tx.ForEach(func(_ []byte, b *bolt.Bucket) error { return walk(b) })
	})
	return n, err
}
