package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano,
		time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02 15:04:05", "2006-01-02", "15:04:05.000", "15:04:05,999", "03:04:05 pm",
		"Jan _2 __2 002 Monday Mon January", "1/2/06 3:4:5", "_2006 20066",
		"Month Monday Janet", "-07 -07:00 -0700 -07:00:00 -070000",
		"Z07 Z07:00 Z0700 Z07:00:00 Z070000", ".0 .00 .999999999 .0000000000 ,9 .9x .09",
		"05.000 5.999", "no elements", "",
	}
	zones := []*time.Location{
		time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+30*60),
		time.FixedZone("ODD", -(3*3600 + 25*60 + 17)),
	}
	for _, loc := range zones {
		fmt.Println("--", loc)
		lt := t.In(loc)
		fmt.Println(lt)
		for _, l := range layouts {
			fmt.Printf("%q\n", lt.Format(l))
		}
	}

	// Morning, noon and midnight in 12-hour formats.
	for _, h := range []int{0, 1, 11, 12, 13, 23} {
		fmt.Println(time.Date(2024, 1, 1, h, 7, 0, 0, time.UTC).Format("3:04PM 03pm 15"))
	}
	// Years outside four digits, fractions that trim.
	for _, y := range []int{-1, 0, 1, 99, 999, 10000, 12345} {
		fmt.Println(time.Date(y, time.March, 1, 0, 0, 0, 0, time.UTC).Format("2006 06 Jan 2"))
	}
	for _, ns := range []int{0, 1, 10, 100000000, 120000000, 999999999} {
		fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, ns, time.UTC))
	}

	// Month and Weekday names.
	fmt.Println(time.January, time.December, time.Month(13), time.Month(0), time.Month(-1))
	fmt.Println(time.Sunday, time.Saturday, time.Weekday(7), time.Weekday(-2))
	fmt.Printf("%v %d %s\n", time.March, time.March, time.Friday)

	// The zero time.
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Unix(), z.Year(), z.Month(), z.Day(), z.Weekday(), z.YearDay())
	fmt.Println(z.Location(), t.Location(), time.Local, time.UTC)
	fmt.Println(t.Zone())
	fmt.Println(t.In(zones[1]).Zone())
	fmt.Printf("%#v\n", t)
	fmt.Printf("%#v\n", t.In(zones[1]))
}

// Output:
// -- UTC
// 2009-11-10 23:04:05.123456789 +0000 UTC
// "11/10 11:04:05PM '09 +0000"
// "Tue Nov 10 23:04:05 2009"
// "Tue Nov 10 23:04:05 UTC 2009"
// "Tue Nov 10 23:04:05 +0000 2009"
// "10 Nov 09 23:04 UTC"
// "10 Nov 09 23:04 +0000"
// "Tuesday, 10-Nov-09 23:04:05 UTC"
// "Tue, 10 Nov 2009 23:04:05 UTC"
// "Tue, 10 Nov 2009 23:04:05 +0000"
// "2009-11-10T23:04:05Z"
// "2009-11-10T23:04:05.123456789Z"
// "11:04PM"
// "Nov 10 23:04:05"
// "Nov 10 23:04:05.123"
// "Nov 10 23:04:05.123456"
// "Nov 10 23:04:05.123456789"
// "2009-11-10 23:04:05"
// "2009-11-10"
// "23:04:05.123"
// "23:04:05,123"
// "11:04:05 pm"
// "Nov 10 314 314 Tuesday Tue November"
// "11/10/09 11:4:5"
// "_2009 20096"
// "Month Tuesday Janet"
// "+00 +00:00 +0000 +00:00:00 +000000"
// "Z Z Z Z Z"
// ".1 .12 .123456789 .123456789 ,1 .1x .09"
// "05.123 5.123"
// "no elements"
// ""
// -- EST
// 2009-11-10 18:04:05.123456789 -0500 EST
// "11/10 06:04:05PM '09 -0500"
// "Tue Nov 10 18:04:05 2009"
// "Tue Nov 10 18:04:05 EST 2009"
// "Tue Nov 10 18:04:05 -0500 2009"
// "10 Nov 09 18:04 EST"
// "10 Nov 09 18:04 -0500"
// "Tuesday, 10-Nov-09 18:04:05 EST"
// "Tue, 10 Nov 2009 18:04:05 EST"
// "Tue, 10 Nov 2009 18:04:05 -0500"
// "2009-11-10T18:04:05-05:00"
// "2009-11-10T18:04:05.123456789-05:00"
// "6:04PM"
// "Nov 10 18:04:05"
// "Nov 10 18:04:05.123"
// "Nov 10 18:04:05.123456"
// "Nov 10 18:04:05.123456789"
// "2009-11-10 18:04:05"
// "2009-11-10"
// "18:04:05.123"
// "18:04:05,123"
// "06:04:05 pm"
// "Nov 10 314 314 Tuesday Tue November"
// "11/10/09 6:4:5"
// "_2009 20096"
// "Month Tuesday Janet"
// "-05 -05:00 -0500 -05:00:00 -050000"
// "-05 -05:00 -0500 -05:00:00 -050000"
// ".1 .12 .123456789 .123456789 ,1 .1x .09"
// "05.123 5.123"
// "no elements"
// ""
// -- 
// 2009-11-11 04:34:05.123456789 +0530 +0530
// "11/11 04:34:05AM '09 +0530"
// "Wed Nov 11 04:34:05 2009"
// "Wed Nov 11 04:34:05 +0530 2009"
// "Wed Nov 11 04:34:05 +0530 2009"
// "11 Nov 09 04:34 +0530"
// "11 Nov 09 04:34 +0530"
// "Wednesday, 11-Nov-09 04:34:05 +0530"
// "Wed, 11 Nov 2009 04:34:05 +0530"
// "Wed, 11 Nov 2009 04:34:05 +0530"
// "2009-11-11T04:34:05+05:30"
// "2009-11-11T04:34:05.123456789+05:30"
// "4:34AM"
// "Nov 11 04:34:05"
// "Nov 11 04:34:05.123"
// "Nov 11 04:34:05.123456"
// "Nov 11 04:34:05.123456789"
// "2009-11-11 04:34:05"
// "2009-11-11"
// "04:34:05.123"
// "04:34:05,123"
// "04:34:05 am"
// "Nov 11 315 315 Wednesday Wed November"
// "11/11/09 4:34:5"
// "_2009 20096"
// "Month Wednesday Janet"
// "+05 +05:30 +0530 +05:30:00 +053000"
// "+05 +05:30 +0530 +05:30:00 +053000"
// ".1 .12 .123456789 .123456789 ,1 .1x .09"
// "05.123 5.123"
// "no elements"
// ""
// -- ODD
// 2009-11-10 19:38:48.123456789 -0325 ODD
// "11/10 07:38:48PM '09 -0325"
// "Tue Nov 10 19:38:48 2009"
// "Tue Nov 10 19:38:48 ODD 2009"
// "Tue Nov 10 19:38:48 -0325 2009"
// "10 Nov 09 19:38 ODD"
// "10 Nov 09 19:38 -0325"
// "Tuesday, 10-Nov-09 19:38:48 ODD"
// "Tue, 10 Nov 2009 19:38:48 ODD"
// "Tue, 10 Nov 2009 19:38:48 -0325"
// "2009-11-10T19:38:48-03:25"
// "2009-11-10T19:38:48.123456789-03:25"
// "7:38PM"
// "Nov 10 19:38:48"
// "Nov 10 19:38:48.123"
// "Nov 10 19:38:48.123456"
// "Nov 10 19:38:48.123456789"
// "2009-11-10 19:38:48"
// "2009-11-10"
// "19:38:48.123"
// "19:38:48,123"
// "07:38:48 pm"
// "Nov 10 314 314 Tuesday Tue November"
// "11/10/09 7:38:48"
// "_2009 20096"
// "Month Tuesday Janet"
// "-03 -03:25 -0325 -03:25:17 -032517"
// "-03 -03:25 -0325 -03:25:17 -032517"
// ".1 .12 .123456789 .123456789 ,1 .1x .09"
// "48.123 48.123"
// "no elements"
// ""
// 12:07AM 12am 00
// 1:07AM 01am 01
// 11:07AM 11am 11
// 12:07PM 12pm 12
// 1:07PM 01pm 13
// 11:07PM 11pm 23
// -0001 01 Mar 1
// 0000 00 Mar 1
// 0001 01 Mar 1
// 0099 99 Mar 1
// 0999 99 Mar 1
// 10000 00 Mar 1
// 12345 45 Mar 1
// 2000-01-01 00:00:00 +0000 UTC
// 2000-01-01 00:00:00.000000001 +0000 UTC
// 2000-01-01 00:00:00.00000001 +0000 UTC
// 2000-01-01 00:00:00.1 +0000 UTC
// 2000-01-01 00:00:00.12 +0000 UTC
// 2000-01-01 00:00:00.999999999 +0000 UTC
// January December %!Month(13) %!Month(0) %!Month(18446744073709551615)
// Sunday Saturday %!Weekday(7) %!Weekday(18446744073709551614)
// March 3 Friday
// 0001-01-01 00:00:00 +0000 UTC true -62135596800 1 January 1 Monday 1
// UTC UTC UTC UTC
// UTC 0
// EST -18000
// time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
// time.Date(2009, time.November, 10, 18, 4, 5, 123456789, time.Location("EST"))
