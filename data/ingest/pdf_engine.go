package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// The PDF engine is PDFium compiled to WebAssembly (go-pdfium) running on
// wazero: no cgo, no system library, the same text layer as Chrome's
// viewer. It was chosen over the pure-Go readers after measuring them on
// the corpus PDFs (56-page 广东):
//   - github.com/ledongthuc/pdf: 0.75 s, 3.4 MB binary, but it misplaces
//     the CJK quotation marks of LibreOffice's PDFs (“”“ gathered at a row's
//     end) and its rows break mid-line: pledges would read wrongly.
//   - github.com/pdfcpu/pdfcpu (already a dependency): decodes content
//     streams but has no text extraction with positions and CMaps.
//   - go-pdfium: every character right, with positions; 0.5 s for the
//     text, +12 MB of binary (5.8 MB of pdfium.wasm and wazero's
//     compiler), and a first start that compiles the module (5–15 s), which
//     wazero's compilation cache in the user's cache folder brings down to
//     0.15–0.4 s on every later start.

// PDFMemoryPages caps the engine's memory, in WebAssembly pages of 64 KB:
// 512 MB.
const PDFMemoryPages = 8192

var engine struct {
	mu   sync.Mutex
	pool pdfium.Pool
}

// pdfEngine starts PDFium once per process, on first use, and hands out an
// instance; close it to give it back. It is safe for concurrent callers:
// the pool holds at most two instances and further callers wait.
func pdfEngine() (pdfium.Pdfium, error) {
	engine.mu.Lock()
	if engine.pool == nil {
		// PDFium lowers setjmp/longjmp to WebAssembly exception handling:
		// without that feature the module does not compile.
		cfg := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
			// A PDF that inflates a stream to gigabytes meets this cap and
			// fails inside the engine, not in the machine's memory.
			WithMemoryLimitPages(PDFMemoryPages).
			// A deadline or a cancel interrupts PDFium mid-call (Kill).
			WithCloseOnContextDone(true)
		if dir, err := os.UserCacheDir(); err == nil {
			if cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "pledgereview", "wazero")); err == nil {
				cfg = cfg.WithCompilationCache(cache)
			}
		}
		pool, err := webassembly.Init(webassembly.Config{
			Context:  experimental.WithMemoryAllocator(context.Background(), pdfMemory),
			MinIdle:  1,
			MaxIdle:  1,
			MaxTotal: 2,
			// The module reads the bytes it is given and nothing else: no
			// directory of the host is mounted into it.
			FSConfig:      wazero.NewFSConfig(),
			RuntimeConfig: cfg,
			Stdout:        discard{},
			Stderr:        discard{},
		})
		if err != nil {
			engine.mu.Unlock()
			return nil, fmt.Errorf("start the PDF reader: %w", err)
		}
		engine.pool = pool
	}
	pool := engine.pool
	engine.mu.Unlock()
	inst, err := pool.GetInstance(5 * time.Minute)
	if err != nil {
		return nil, fmt.Errorf("start the PDF reader: %w", err)
	}
	return inst, nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// WarmPDF starts the PDF engine in the background, so that the first PDF
// a user imports does not wait for it: call it when an import begins
// (the dialog opens, a file is dropped). On the very first run on a
// machine starting means compiling PDFium (seconds); later runs load the
// compiled code from the cache.
func WarmPDF() {
	go func() {
		defer func() { recover() }() // a failed start is met again, and told, by the import
		if inst, err := pdfEngine(); err == nil {
			inst.Close()
		}
	}()
}
