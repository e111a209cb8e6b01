package data

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
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
	return fmt.Errorf("%w (%s)", ErrDamaged, fmt.Sprintf(format, a...))
}

// fileCheck walks the pages of one workspace file.
type fileCheck struct {
	f        io.ReaderAt
	size     uint64
	pageSize uint64
	hwm      uint64          // the meta's high water mark
	used     map[uint64]bool // pages reached so far, overflow pages included
}

// checkFile tells whether bbolt may open the workspace file f of the given
// size: ErrEmptyFile for a file of no bytes, ErrDamaged when its meta pages
// are missing or claim pages the file does not hold, or when a page bbolt
// could read is not what bbolt expects there.
func checkFile(f io.ReaderAt, size int64) error {
	if size == 0 {
		return ErrEmptyFile
	}
	c := &fileCheck{f: f, size: uint64(size), used: map[uint64]bool{}}
	m, err := c.meta()
	if err != nil {
		return err
	}
	c.hwm = m.pgid
	if err := c.walk(m.root, 0); err != nil {
		return err
	}
	return c.checkFreelist(m.freelist)
}

// meta finds the page size and the meta page bbolt would use (the valid one
// with the higher transaction id) and checks that the file holds what it
// claims.
func (c *fileCheck) meta() (boltMeta, error) {
	head := make([]byte, min(c.size, 4096))
	if _, err := c.f.ReadAt(head, 0); err != nil && err != io.EOF {
		return boltMeta{}, fmt.Errorf("read workspace header: %w", err)
	}
	first := readMeta(head)
	if !first.valid {
		// bbolt looks for the second meta page at each possible page size
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
				first = m
				break
			}
		}
	}
	if !first.valid {
		return boltMeta{}, damaged("no valid header: not a Pledge Review workspace, or its start is overwritten")
	}
	ps := first.pageSize
	if ps < 1024 || ps > 1<<24 || ps&(ps-1) != 0 {
		return boltMeta{}, damaged("page size %d is not one bbolt writes", ps)
	}
	c.pageSize = ps
	if c.size < 2*ps {
		return boltMeta{}, damaged("the file holds %d bytes, less than its two header pages", c.size)
	}
	if c.size%ps != 0 {
		return boltMeta{}, damaged("the file is cut short: %d bytes is not a whole number of %d-byte pages", c.size, ps)
	}
	metas := [2]boltMeta{}
	for i := range metas {
		buf := make([]byte, pageHeaderSize+metaSize)
		if _, err := c.f.ReadAt(buf, int64(uint64(i)*ps)); err != nil {
			return boltMeta{}, fmt.Errorf("read workspace header: %w", err)
		}
		metas[i] = readMeta(buf)
		if metas[i].valid && metas[i].pageSize != ps {
			metas[i].valid = false
		}
	}
	a, b := metas[0], metas[1]
	if b.txid > a.txid {
		a, b = b, a
	}
	m := a
	if !m.valid {
		m = b
	}
	if !m.valid {
		return boltMeta{}, damaged("both header pages are damaged")
	}
	switch {
	case m.pgid < 3 || m.pgid > c.size/ps:
		return boltMeta{}, damaged("the file is cut short: it holds %d bytes, its header says %d", c.size, m.pgid*ps)
	case m.root < 2 || m.root >= m.pgid:
		return boltMeta{}, damaged("the root page %d is outside the file", m.root)
	case m.freelist != noFreelist && (m.freelist < 2 || m.freelist >= m.pgid):
		return boltMeta{}, damaged("the free-page list %d is outside the file", m.freelist)
	}
	return m, nil
}

// page reads page id and its overflow pages, checking that they lie below
// the high water mark and that no other page claimed them.
func (c *fileCheck) page(id uint64) (flags uint16, count int, buf []byte, err error) {
	if id < 2 || id >= c.hwm {
		return 0, 0, nil, damaged("a reference to page %d, outside the file's %d pages", id, c.hwm)
	}
	var head [pageHeaderSize]byte
	if _, err := c.f.ReadAt(head[:], int64(id*c.pageSize)); err != nil {
		return 0, 0, nil, fmt.Errorf("read page %d: %w", id, err)
	}
	if got := order.Uint64(head[0:]); got != id {
		return 0, 0, nil, damaged("page %d calls itself page %d", id, got)
	}
	flags, count = order.Uint16(head[8:]), int(order.Uint16(head[10:]))
	overflow := uint64(order.Uint32(head[12:]))
	if id+overflow >= c.hwm {
		return 0, 0, nil, damaged("page %d runs past the end of the file", id)
	}
	for p := id; p <= id+overflow; p++ {
		if c.used[p] {
			return 0, 0, nil, damaged("page %d is used twice", p)
		}
		c.used[p] = true
	}
	buf = make([]byte, (overflow+1)*c.pageSize)
	if _, err := c.f.ReadAt(buf, int64(id*c.pageSize)); err != nil {
		return 0, 0, nil, fmt.Errorf("read page %d: %w", id, err)
	}
	return flags, count, buf, nil
}

// walk checks the tree of one bucket from its root page.
func (c *fileCheck) walk(id uint64, depth int) error {
	if depth > maxTreeDepth {
		return damaged("the pages below page %d go too deep", id)
	}
	flags, count, buf, err := c.page(id)
	if err != nil {
		return err
	}
	switch flags {
	case branchPageFlag:
		if count == 0 {
			return damaged("branch page %d is empty", id)
		}
		return c.branch(id, count, buf, depth)
	case leafPageFlag:
		return c.leaf(id, count, buf, depth)
	}
	return damaged("page %d is of an unknown kind (%#x)", id, flags)
}

func (c *fileCheck) branch(id uint64, count int, buf []byte, depth int) error {
	if pageHeaderSize+uint64(count)*pageElementSize > uint64(len(buf)) {
		return damaged("page %d claims more entries than it holds", id)
	}
	for i := range count {
		at := uint64(pageHeaderSize + i*pageElementSize)
		e := buf[at : at+pageElementSize]
		pos, ksize := uint64(order.Uint32(e[0:])), uint64(order.Uint32(e[4:]))
		if at+pos+ksize > uint64(len(buf)) {
			return damaged("a key of page %d lies outside it", id)
		}
		if err := c.walk(order.Uint64(e[8:]), depth+1); err != nil {
			return err
		}
	}
	return nil
}

// leaf checks a leaf page (or an inline bucket's page, held in its
// parent's value) and walks the buckets it holds.
func (c *fileCheck) leaf(id uint64, count int, buf []byte, depth int) error {
	if pageHeaderSize+uint64(count)*pageElementSize > uint64(len(buf)) {
		return damaged("page %d claims more entries than it holds", id)
	}
	for i := range count {
		at := uint64(pageHeaderSize + i*pageElementSize)
		e := buf[at : at+pageElementSize]
		flags, pos := order.Uint32(e[0:]), uint64(order.Uint32(e[4:]))
		ksize, vsize := uint64(order.Uint32(e[8:])), uint64(order.Uint32(e[12:]))
		end := at + pos + ksize + vsize
		if end > uint64(len(buf)) {
			return damaged("a value of page %d lies outside it", id)
		}
		if flags&bucketLeafFlag == 0 {
			continue
		}
		v := buf[at+pos+ksize : end]
		if len(v) < 16 {
			return damaged("a bucket header in page %d is cut short", id)
		}
		if root := order.Uint64(v); root != 0 {
			if err := c.walk(root, depth+1); err != nil {
				return err
			}
			continue
		}
		if err := c.inline(id, v[16:], depth+1); err != nil {
			return err
		}
	}
	return nil
}

// inline checks a small bucket stored in its parent's value.
func (c *fileCheck) inline(parent uint64, p []byte, depth int) error {
	if depth > maxTreeDepth {
		return damaged("the buckets in page %d go too deep", parent)
	}
	if len(p) < pageHeaderSize || order.Uint16(p[8:]) != leafPageFlag {
		return damaged("a small bucket in page %d is damaged", parent)
	}
	return c.leaf(parent, int(order.Uint16(p[10:])), p, depth)
}

// checkFreelist checks the list of free pages bbolt reads at open: its page
// holds the ids it claims, each below the high water mark, none twice and
// none in use.
func (c *fileCheck) checkFreelist(id uint64) error {
	if id == noFreelist {
		return nil
	}
	inTree := c.used
	c.used = map[uint64]bool{}
	flags, count, buf, err := c.page(id)
	if err != nil {
		return err
	}
	if flags != freelistPageFlag {
		return damaged("the free-page list %d is of another kind (%#x)", id, flags)
	}
	for p := range c.used {
		if inTree[p] {
			return damaged("page %d is both free-page list and data", p)
		}
	}
	first := uint64(0)
	n := uint64(count)
	if count == 0xFFFF {
		n = order.Uint64(buf[pageHeaderSize:])
		first = 1
	}
	if n > uint64(len(buf)) || pageHeaderSize+(first+n)*8 > uint64(len(buf)) {
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
		case inTree[p] || c.used[p]:
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
		return nil, fmt.Errorf("%w: %s is a %s", ErrNotAFile, path, FileKind(fi.Mode()))
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
