package payments

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestCreateCustomer(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/customers" || r.Method != http.MethodPost {
			t.Errorf("%s %s", r.Method, r.URL.Path)
		}
		if user, _, _ := r.BasicAuth(); user != "sk_test_123" {
			t.Errorf("auth %q", user)
		}
		if err := r.ParseForm(); err != nil {
			t.Fatal(err)
		}
		json.NewEncoder(w).Encode(Customer{ID: "cus_1", Email: r.PostForm.Get("email")})
	}))
	defer ts.Close()

	c, err := New("sk_test_123", WithBaseURL(ts.URL+"/v1"))
	if err != nil {
		t.Fatal(err)
	}
	cust, err := c.CreateCustomer(context.Background(), "reader@example.org", "Ada Reader", map[string]string{"user_id": "7"})
	if err != nil {
		t.Fatal(err)
	}
	if cust.ID != "cus_1" || cust.Email != "reader@example.org" {
		t.Errorf("got %+v", cust)
	}
}

func TestAPIErrors(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(`{"error":{"type":"invalid_request_error","message":"No such charge"}}`))
	}))
	defer ts.Close()
	c, _ := New("sk_test_123", WithBaseURL(ts.URL))
	err := c.Refund(context.Background(), "ch_missing", "reader@example.org")
	if !IsNotFound(err) {
		t.Errorf("got %v, want a 404", err)
	}
}
