package libs

import "github.com/sirupsen/logrus"

func logrusLike(ip string) {
	logrus.Println("client", ip)
}
