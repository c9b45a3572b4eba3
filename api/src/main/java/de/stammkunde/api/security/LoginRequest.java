package de.stammkunde.api.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Staff and customers log in the same way: the shop's address, their e-mail and their password. */
record LoginRequest(@NotBlank @Size(max = 40) String shop, @NotBlank @Size(max = 254) String email,
                    @NotBlank @Size(max = Passwords.MAX_LENGTH) String password) {
}
