// A bank account type with methods, custom errors, a transaction log and a Stringer.
package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type InvalidAmountError struct{ Amount float64 }

func (e InvalidAmountError) Error() string {
	return fmt.Sprintf("invalid amount: %.2f", e.Amount)
}

type Account struct {
	Owner   string
	balance float64
	log     []string
}

func NewAccount(owner string) *Account { return &Account{Owner: owner} }

func (a *Account) Deposit(x float64) error {
	if x <= 0 {
		return InvalidAmountError{x}
	}
	a.balance += x
	a.log = append(a.log, fmt.Sprintf("deposit %.2f", x))
	return nil
}

func (a *Account) Withdraw(x float64) error {
	if x <= 0 {
		return InvalidAmountError{x}
	}
	if x > a.balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", x, a.Owner, ErrInsufficient)
	}
	a.balance -= x
	a.log = append(a.log, fmt.Sprintf("withdraw %.2f", x))
	return nil
}

func (a *Account) Transfer(to *Account, x float64) error {
	if err := a.Withdraw(x); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(x)
}

func (a *Account) String() string {
	return fmt.Sprintf("%s: $%.2f (%d ops)", a.Owner, a.balance, len(a.log))
}

func main() {
	alice, bob := NewAccount("alice"), NewAccount("bob")
	fmt.Println(alice.Deposit(100), alice.Deposit(-5))
	fmt.Println(alice.Transfer(bob, 30.5))
	err := bob.Transfer(alice, 1000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	var iae InvalidAmountError
	fmt.Println(errors.As(alice.Withdraw(0), &iae), iae.Amount)
	fmt.Println(alice)
	fmt.Println(bob)
	fmt.Printf("%v %q\n", alice.log, bob.log)
}
// Output:
// <nil> invalid amount: -5.00
// <nil>
// transfer failed: withdraw 1000.00 from bob: insufficient funds
// true
// true 0
// alice: $69.50 (2 ops)
// bob: $30.50 (1 ops)
// [deposit 100.00 withdraw 30.50] ["deposit 30.50"]
