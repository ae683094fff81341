package scalars

import (
	"context"
	"io"

	"github.com/99designs/gqlgen/graphql"

	"github.com/postprod/postprod/internal/kernel/validate"
)

// MarshalString writes a String as gqlgen does.
func MarshalString(s string) graphql.ContextMarshaler {
	return graphql.ContextWriterFunc(func(_ context.Context, w io.Writer) error {
		graphql.MarshalString(s).MarshalGQL(w)
		return nil
	})
}

// UnmarshalString reads every String input, inline or from variables, and
// refuses a null character or invalid UTF-8 as VALIDATION on the input
// field that holds it (named from the path being read), before any
// resolver runs.
func UnmarshalString(ctx context.Context, v any) (string, error) {
	s, err := graphql.UnmarshalString(v)
	if err != nil {
		return "", err
	}
	if err := validate.Text(fieldAt(ctx), s); err != nil {
		return "", err
	}
	return s, nil
}

// fieldAt is the innermost named input field or argument being read.
func fieldAt(ctx context.Context) string {
	for pc := graphql.GetPathContext(ctx); pc != nil; pc = pc.Parent {
		if pc.Field != nil {
			return *pc.Field
		}
	}
	return ""
}
