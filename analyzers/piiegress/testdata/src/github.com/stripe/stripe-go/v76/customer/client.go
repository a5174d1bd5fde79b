// Package customer is a stub of github.com/stripe/stripe-go/v76/customer
// with the real signatures of the calls the fixtures use.
package customer

import stripe "github.com/stripe/stripe-go/v76"

type Client struct {
	B   stripe.Backend
	Key string
}

func New(params *stripe.CustomerParams) (*stripe.Customer, error) { return nil, nil }

func Update(id string, params *stripe.CustomerParams) (*stripe.Customer, error) { return nil, nil }

func (c Client) New(params *stripe.CustomerParams) (*stripe.Customer, error) { return nil, nil }

func (c Client) Update(id string, params *stripe.CustomerParams) (*stripe.Customer, error) {
	return nil, nil
}
