package de.stammkunde.api.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code from the authenticator app (six digits) or a recovery code ({@code xxxxx-xxxxx}). */
public record SecondFactorCode(@NotBlank @Size(max = 20) String code) {
}
