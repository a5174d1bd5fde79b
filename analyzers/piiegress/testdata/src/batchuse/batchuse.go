package batchuse

import (
	"batch"
	"model"
)

// The e-mail goes into the queue here and leaves in the client's
// background sender: the finding is at this call.
func signedUp(c *batch.Client, u model.User) {
	c.Track(u.ID, "signed_up", map[string]any{"email": u.Email, "plan": u.Plan}) // want `user.contact.email from u.Email is sent to api.tracking.example`
}

func upgraded(c *batch.Client, u model.User) {
	c.Track(u.ID, "upgraded", map[string]any{"plan": u.Plan})
}
