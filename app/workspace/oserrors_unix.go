//go:build !windows

package workspace

import "syscall"

var platformErrnos = osErrnos{
	diskFull: errnoSet{syscall.ENOSPC, syscall.EDQUOT, syscall.EFBIG},
	readOnly: errnoSet{syscall.EROFS, syscall.ENOTDIR},
	inUse:    errnoSet{syscall.ETXTBSY},
}
