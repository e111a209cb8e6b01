package store

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"pledgereview/data"
	"slices"
)

// bbolt maps the workspace file into memory and trusts what its pages say:
// a file cut short (a half-copied workspace on a full USB stick) makes it
// read past the end of the file, which kills the process with SIGBUS, and a
// flipped bit in a page header trips one of its assertions (a panic). So
// before bbolt sees a file, checkFile reads it with plain reads and walks
// every page bbolt could reach, the way bbolt would; bbolt opens only a file
// that passes. The layout below is bbolt's (version 2), in the machine's
// byte order, as bbolt writes it.

const (
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	pageHeaderSize   = 16 // id u64, flags u16, count u16, overflow u32
	pageElementSize  = 16 // branch: pos u32, ksize u32, pgid u64; leaf: flags, pos, ksize, vsize u32
	metaSize         = 64 // magic, version, pageSize, flags u32; root, sequence, freelist, pgid, txid, checksum u64
	branchPageFlag   = 0x01
	leafPageFlag     = 0x02
	freelistPageFlag = 0x10
	bucketLeafFlag   = 0x01
	noFreelist       = ^uint64(0)
	maxTreeDepth     = 64 // far deeper than any real workspace; stops a loop of pages
)

var order = binary.NativeEndian

// boltMeta is one of the two meta pages at the start of the file.
type boltMeta struct {
	valid    bool
	pageSize uint64
	root     uint64 // the root bucket's page
	freelist uint64
	pgid     uint64 // high water mark: pages in use are below it
	txid     uint64
}

func readMeta(page []byte) boltMeta {
	if len(page) < pageHeaderSize+metaSize {
		return boltMeta{}
	}
	m := page[pageHeaderSize : pageHeaderSize+metaSize]
	h := fnv.New64a()
	h.Write(m[:56])
	return boltMeta{
		valid: order.Uint32(m[0:]) == boltMagic && order.Uint32(m[4:]) == boltVersion &&
			order.Uint64(m[56:]) == h.Sum64(),
		pageSize: uint64(order.Uint32(m[8:])),
		root:     order.Uint64(m[16:]),
		freelist: order.Uint64(m[32:]),
		pgid:     order.Uint64(m[40:]),
		txid:     order.Uint64(m[48:]),
	}
}

// damaged is ErrDamaged with what was found, for the log and the terminal.
func damaged(format string, a ...any) error {
	return fmt.Errorf("%w (%s)", data.ErrDamaged, fmt.Sprintf(format, a...))
}

// fileCheck walks the pages of one workspace file. Only what bbolt uses
// to find its way is read (page headers, entry tables, bucket headers);
// keys and values are checked to lie inside their page by arithmetic.
type fileCheck struct {
	f        io.ReaderAt
	size     uint64
	pageSize uint64
	hwm      uint64   // the meta's high water mark
	used     []uint64 // bitmap of the pages reached, overflow pages included
	scratch  []byte
}

// checkFile tells whether bbolt may open the workspace file f of the given
// size: ErrEmptyFile for a file of no bytes, ErrDamaged when its meta pages
// are missing or claim pages the file does not hold, or when a page bbolt
// could read is not what bbolt expects there.
func checkFile(f io.ReaderAt, size int64) error {
	if size == 0 {
		return data.ErrEmptyFile
	}
	c := &fileCheck{f: f, size: uint64(size)}
	m, err := c.meta()
	if err != nil {
		return err
	}
	c.hwm = m.pgid
	c.used = make([]uint64, (m.pgid+63)/64)
	if err := c.walk(m.root, 0); err != nil {
		return err
	}
	return c.checkFreelist(m.freelist)
}

// meta finds the page size and the meta page bbolt would use (the valid one
// with the higher transaction id) and checks that the file holds what it
// claims.
func (c *fileCheck) meta() (boltMeta, error) {
	ps, err := c.findPageSize()
	if err != nil {
		return boltMeta{}, err
	}
	c.pageSize = ps
	m, err := c.currentMeta()
	if err != nil {
		return boltMeta{}, err
	}
	return m, c.checkMetaBounds(m)
}

// findPageSize reads the page size from the first valid meta page and
// checks that the file is whole pages of it, two at least.
func (c *fileCheck) findPageSize() (uint64, error) {
	first, err := c.firstMeta()
	if err != nil {
		return 0, err
	}
	if !first.valid {
		return 0, damaged("no valid header: not a Pledge Review workspace, or its start is overwritten")
	}
	ps := first.pageSize
	switch {
	case ps < 1024 || ps > 1<<24 || ps&(ps-1) != 0:
		return 0, damaged("page size %d is not one bbolt writes", ps)
	case c.size < 2*ps:
		return 0, damaged("the file holds %d bytes, less than its two header pages", c.size)
	case c.size%ps != 0:
		return 0, damaged("the file is cut short: %d bytes is not a whole number of %d-byte pages", c.size, ps)
	}
	return ps, nil
}

// firstMeta is the meta page at the start of the file or, when that one is
// not valid, the second meta page found the way bbolt looks for it: at each
// possible page size. It is not valid when neither is.
func (c *fileCheck) firstMeta() (boltMeta, error) {
	head := make([]byte, min(c.size, 4096))
	if _, err := c.f.ReadAt(head, 0); err != nil && err != io.EOF {
		return boltMeta{}, fmt.Errorf("read workspace header: %w", err)
	}
	if m := readMeta(head); m.valid {
		return m, nil
	}
	for i := range 15 {
		pos := uint64(1024) << i
		if pos+pageHeaderSize+metaSize > c.size {
			break
		}
		buf := make([]byte, pageHeaderSize+metaSize)
		if _, err := c.f.ReadAt(buf, int64(pos)); err != nil {
			break
		}
		if m := readMeta(buf); m.valid && m.pageSize == pos {
			return m, nil
		}
	}
	return boltMeta{}, nil
}

// currentMeta reads the two meta pages at the page size found and returns
// the one bbolt would use: the valid one with the higher transaction id.
func (c *fileCheck) currentMeta() (boltMeta, error) {
	metas := [2]boltMeta{}
	for i := range metas {
		buf := make([]byte, pageHeaderSize+metaSize)
		if _, err := c.f.ReadAt(buf, int64(uint64(i)*c.pageSize)); err != nil {
			return boltMeta{}, fmt.Errorf("read workspace header: %w", err)
		}
		metas[i] = readMeta(buf)
		metas[i].valid = metas[i].valid && metas[i].pageSize == c.pageSize
	}
	a, b := metas[0], metas[1]
	if b.txid > a.txid {
		a, b = b, a
	}
	switch {
	case a.valid:
		return a, nil
	case b.valid:
		return b, nil
	}
	return boltMeta{}, damaged("both header pages are damaged")
}

// checkMetaBounds checks that the pages a meta names lie in the file.
func (c *fileCheck) checkMetaBounds(m boltMeta) error {
	switch {
	case m.pgid < 3 || m.pgid > c.size/c.pageSize:
		return damaged("the file is cut short: it holds %d bytes, its header says %d", c.size, m.pgid*c.pageSize)
	case m.root < 2 || m.root >= m.pgid:
		return damaged("the root page %d is outside the file", m.root)
	case m.freelist != noFreelist && (m.freelist < 2 || m.freelist >= m.pgid):
		return damaged("the free-page list %d is outside the file", m.freelist)
	}
	return nil
}

func (c *fileCheck) isUsed(p uint64) bool { return c.used[p/64]&(1<<(p%64)) != 0 }
func (c *fileCheck) markUsed(p uint64)    { c.used[p/64] |= 1 << (p % 64) }

// page reads the header of page id and claims the page and its overflow
// pages, checking that they lie below the high water mark and that no
// other page claimed them; span is its length in bytes.
func (c *fileCheck) page(id uint64) (flags uint16, count int, span uint64, err error) {
	if id < 2 || id >= c.hwm {
		return 0, 0, 0, damaged("a reference to page %d, outside the file's %d pages", id, c.hwm)
	}
	var head [pageHeaderSize]byte
	if _, err := c.f.ReadAt(head[:], int64(id*c.pageSize)); err != nil {
		return 0, 0, 0, fmt.Errorf("read page %d: %w", id, err)
	}
	if got := order.Uint64(head[0:]); got != id {
		return 0, 0, 0, damaged("page %d calls itself page %d", id, got)
	}
	flags, count = order.Uint16(head[8:]), int(order.Uint16(head[10:]))
	overflow := uint64(order.Uint32(head[12:]))
	if id+overflow >= c.hwm {
		return 0, 0, 0, damaged("page %d runs past the end of the file", id)
	}
	for p := id; p <= id+overflow; p++ {
		if c.isUsed(p) {
			return 0, 0, 0, damaged("page %d is used twice", p)
		}
		c.markUsed(p)
	}
	return flags, count, (overflow + 1) * c.pageSize, nil
}

// read reads n bytes at offset off of page id into the scratch buffer,
// which the next read reuses.
func (c *fileCheck) read(id, off, n uint64) ([]byte, error) {
	if uint64(cap(c.scratch)) < n {
		c.scratch = make([]byte, n)
	}
	buf := c.scratch[:n]
	if _, err := c.f.ReadAt(buf, int64(id*c.pageSize+off)); err != nil {
		return nil, fmt.Errorf("read page %d: %w", id, err)
	}
	return buf, nil
}

// walk checks the tree of one bucket from its root page.
func (c *fileCheck) walk(id uint64, depth int) error {
	if depth > maxTreeDepth {
		return damaged("the pages below page %d go too deep", id)
	}
	flags, count, span, err := c.page(id)
	if err != nil {
		return err
	}
	if err := checkTreePage(id, flags, count, span); err != nil {
		return err
	}
	elems, err := c.read(id, pageHeaderSize, uint64(count)*pageElementSize)
	if err != nil {
		return err
	}
	if flags == branchPageFlag {
		return c.walkBranch(id, elems, count, span, depth)
	}
	return c.walkLeaf(id, elems, count, span, depth)
}

// checkTreePage checks the header of a page of a bucket's tree: a branch
// or a leaf page, a branch with entries, an entry table inside the page.
func checkTreePage(id uint64, flags uint16, count int, span uint64) error {
	switch {
	case flags != branchPageFlag && flags != leafPageFlag:
		return damaged("page %d is of an unknown kind (%#x)", id, flags)
	case flags == branchPageFlag && count == 0:
		return damaged("branch page %d is empty", id)
	case pageHeaderSize+uint64(count)*pageElementSize > span:
		return damaged("page %d claims more entries than it holds", id)
	}
	return nil
}

// walkBranch checks the keys of a branch page (its entry table elems, the
// page spanning span bytes) and walks the pages below it. The children are
// copied out of elems first: the walk below reuses the scratch buffer.
func (c *fileCheck) walkBranch(id uint64, elems []byte, count int, span uint64, depth int) error {
	children := make([]uint64, count)
	for i := range children {
		e := elems[i*pageElementSize:]
		at := uint64(pageHeaderSize + i*pageElementSize)
		if at+uint64(order.Uint32(e[0:]))+uint64(order.Uint32(e[4:])) > span {
			return damaged("a key of page %d lies outside it", id)
		}
		children[i] = order.Uint64(e[8:])
	}
	for _, child := range children {
		if err := c.walk(child, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// walkLeaf checks the entries of a leaf page and the buckets nested in it.
func (c *fileCheck) walkLeaf(id uint64, elems []byte, count int, span uint64, depth int) error {
	buckets, err := leafBuckets(id, elems, count, span)
	if err != nil {
		return err
	}
	for _, b := range buckets {
		v := make([]byte, b[1])
		if _, err := c.f.ReadAt(v, int64(id*c.pageSize+b[0])); err != nil {
			return fmt.Errorf("read page %d: %w", id, err)
		}
		if err := c.bucket(id, v, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// leafBuckets checks the entry table of a leaf page (count entries, the
// page spanning span bytes) and returns where the values of its buckets
// lie: offset from the page start, and length.
func leafBuckets(id uint64, elems []byte, count int, span uint64) ([][2]uint64, error) {
	var buckets [][2]uint64
	for i := range count {
		e := elems[i*pageElementSize:]
		at := uint64(pageHeaderSize + i*pageElementSize)
		flags, pos := order.Uint32(e[0:]), uint64(order.Uint32(e[4:]))
		ksize, vsize := uint64(order.Uint32(e[8:])), uint64(order.Uint32(e[12:]))
		if at+pos+ksize+vsize > span {
			return nil, damaged("a value of page %d lies outside it", id)
		}
		if flags&bucketLeafFlag != 0 {
			buckets = append(buckets, [2]uint64{at + pos + ksize, vsize})
		}
	}
	return buckets, nil
}

// bucket checks a nested bucket from its header, the value v of its entry
// in page parent: a root page to walk, or a small bucket held inline.
func (c *fileCheck) bucket(parent uint64, v []byte, depth int) error {
	if depth > maxTreeDepth {
		return damaged("the buckets in page %d go too deep", parent)
	}
	if len(v) < 16 {
		return damaged("a bucket header in page %d is cut short", parent)
	}
	if root := order.Uint64(v); root != 0 {
		return c.walk(root, depth)
	}
	p := v[16:]
	if len(p) < pageHeaderSize || order.Uint16(p[8:]) != leafPageFlag {
		return damaged("a small bucket in page %d is damaged", parent)
	}
	count := int(order.Uint16(p[10:]))
	if pageHeaderSize+uint64(count)*pageElementSize > uint64(len(p)) {
		return damaged("a small bucket in page %d claims more entries than it holds", parent)
	}
	buckets, err := leafBuckets(parent, p[pageHeaderSize:], count, uint64(len(p)))
	if err != nil {
		return err
	}
	for _, b := range buckets {
		if err := c.bucket(parent, p[b[0]:b[0]+b[1]], depth+1); err != nil {
			return err
		}
	}
	return nil
}

// checkFreelist checks the list of free pages bbolt reads at open: its page
// holds the ids it claims, each below the high water mark, none twice and
// none in use.
func (c *fileCheck) checkFreelist(id uint64) error {
	if id == noFreelist {
		return nil
	}
	flags, count, span, err := c.page(id) // claims it: no data page may be it
	if err != nil {
		return err
	}
	if flags != freelistPageFlag {
		return damaged("the free-page list %d is of another kind (%#x)", id, flags)
	}
	buf, err := c.read(id, 0, span)
	if err != nil {
		return err
	}
	first := uint64(0)
	n := uint64(count)
	if count == 0xFFFF {
		n = order.Uint64(buf[pageHeaderSize:])
		first = 1
	}
	if n > span || pageHeaderSize+(first+n)*8 > span {
		return damaged("the free-page list claims more pages than it holds")
	}
	ids := make([]uint64, n)
	for i := range ids {
		ids[i] = order.Uint64(buf[pageHeaderSize+(first+uint64(i))*8:])
	}
	slices.Sort(ids)
	for i, p := range ids {
		switch {
		case p < 2 || p >= c.hwm:
			return damaged("the free-page list names page %d, outside the file", p)
		case i > 0 && ids[i-1] == p:
			return damaged("the free-page list names page %d twice", p)
		case c.isUsed(p):
			return damaged("page %d is both free and in use", p)
		}
	}
	return nil
}

// statFile is os.Stat for the workspace: whether it exists, and whether
// it is something bbolt may open at all.
func statFile(path string) (os.FileInfo, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: %s is a %s", data.ErrNotAFile, path, FileKind(fi.Mode()))
	}
	return fi, nil
}

// FileKind names what a path that is not a regular file is, in words a
// message can use: "folder", "named pipe (FIFO)", "device", ...
func FileKind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "folder"
	case m&os.ModeNamedPipe != 0:
		return "named pipe (FIFO)"
	case m&os.ModeSocket != 0:
		return "socket"
	case m&os.ModeDevice != 0:
		return "device"
	case m&os.ModeSymlink != 0:
		return "link"
	}
	return "special file"
}

// CheckFile checks the workspace file at path as Open does before bbolt
// maps it, without opening it: for a backup before it is offered.
func CheckFile(path string) error {
	fi, err := statFile(path)
	if err != nil {
		return err
	}
	return checkPath(path, fi.Size())
}
