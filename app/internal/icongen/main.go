// Command icongen draws the application icon, resources/icon.png: a page of
// a report with a green check mark and a red seal. Run from the repository
// root: go run ./app/internal/icongen
package main

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const size = 512

type shape func(x, y float64) bool

// layer paints col where in is true, with 4×4 supersampling for smooth edges.
func layer(img *image.NRGBA, col color.NRGBA, in shape) {
	const ss = 4
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			n := 0
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					if in(float64(px)+(float64(sx)+0.5)/ss, float64(py)+(float64(sy)+0.5)/ss) {
						n++
					}
				}
			}
			if n == 0 {
				continue
			}
			a := float64(col.A) / 255 * float64(n) / ss / ss
			dst := img.NRGBAAt(px, py)
			da := float64(dst.A) / 255
			oa := a + da*(1-a)
			mix := func(s, d uint8) uint8 {
				if oa == 0 {
					return 0
				}
				return uint8(math.Round((float64(s)*a + float64(d)*da*(1-a)) / oa))
			}
			img.SetNRGBA(px, py, color.NRGBA{mix(col.R, dst.R), mix(col.G, dst.G), mix(col.B, dst.B), uint8(math.Round(oa * 255))})
		}
	}
}

func roundRect(x0, y0, x1, y1, r float64) shape {
	return func(x, y float64) bool {
		if x < x0 || x > x1 || y < y0 || y > y1 {
			return false
		}
		cx := math.Max(x0+r, math.Min(x, x1-r))
		cy := math.Max(y0+r, math.Min(y, y1-r))
		return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
	}
}

func circle(cx, cy, r float64) shape {
	return func(x, y float64) bool { return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r }
}

func ring(cx, cy, r0, r1 float64) shape {
	return func(x, y float64) bool {
		d := (x-cx)*(x-cx) + (y-cy)*(y-cy)
		return d <= r1*r1 && d >= r0*r0
	}
}

// segment is a thick line with round ends.
func segment(ax, ay, bx, by, w float64) shape {
	return func(x, y float64) bool {
		dx, dy := bx-ax, by-ay
		t := ((x-ax)*dx + (y-ay)*dy) / (dx*dx + dy*dy)
		t = math.Max(0, math.Min(1, t))
		px, py := ax+t*dx-x, ay+t*dy-y
		return px*px+py*py <= w*w/4
	}
}

func star(cx, cy, r float64) shape {
	var pts [10][2]float64
	for i := range pts {
		rr := r
		if i%2 == 1 {
			rr = r * 0.42
		}
		a := -math.Pi/2 + float64(i)*math.Pi/5
		pts[i] = [2]float64{cx + rr*math.Cos(a), cy + rr*math.Sin(a)}
	}
	return func(x, y float64) bool { // even-odd point in polygon
		in := false
		for i, j := 0, len(pts)-1; i < len(pts); j, i = i, i+1 {
			xi, yi, xj, yj := pts[i][0], pts[i][1], pts[j][0], pts[j][1]
			if (yi > y) != (yj > y) && x < (xj-xi)*(y-yi)/(yj-yi)+xi {
				in = !in
			}
		}
		return in
	}
}

func main() {
	out := flag.String("o", "resources/icon.png", "output PNG")
	flag.Parse()
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	// rounded tile
	layer(img, color.NRGBA{0x1f, 0x4e, 0x8c, 0xff}, roundRect(16, 16, 496, 496, 96))
	// page with a shadow and a folded corner
	layer(img, color.NRGBA{0, 0, 0, 0x40}, roundRect(118, 84, 402, 452, 18))
	page := roundRect(108, 72, 392, 440, 18)
	fold := func(x, y float64) bool { return x+(72-y) > 392-70+0 && y < 72+70 }
	layer(img, color.NRGBA{0xfa, 0xfa, 0xf5, 0xff}, func(x, y float64) bool { return page(x, y) && !fold(x, y) })
	layer(img, color.NRGBA{0xd6, 0xd9, 0xe0, 0xff}, func(x, y float64) bool {
		return x >= 322 && y <= 142 && x-322 <= 142-y && page(x, y)
	})
	// text lines
	for i, w := range []float64{220, 190, 230, 150, 200, 120} {
		y := 150 + float64(i)*38
		layer(img, color.NRGBA{0xb8, 0xc2, 0xd2, 0xff}, roundRect(140, y, 140+w, y+14, 7))
	}
	// check mark
	green := color.NRGBA{0x2e, 0x9e, 0x44, 0xff}
	layer(img, green, segment(150, 352, 196, 398, 30))
	layer(img, green, segment(196, 398, 286, 290, 30))
	// red seal
	red := color.NRGBA{0xd3, 0x2f, 0x2f, 0xf2}
	layer(img, red, circle(356, 378, 92))
	layer(img, color.NRGBA{0xff, 0xf4, 0xf0, 0xff}, ring(356, 378, 72, 80))
	layer(img, color.NRGBA{0xff, 0xf4, 0xf0, 0xff}, star(356, 378, 48))
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
