//go:build !unix

package parse

import "errors"

func mapFile(string) ([]byte, error) { return nil, errors.ErrUnsupported }
