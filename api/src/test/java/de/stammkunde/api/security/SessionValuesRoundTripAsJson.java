package de.stammkunde.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.serializer.SerializationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/** What Spring Session stores comes back as itself from JSON; what would not is refused when it is written. */
class SessionValuesRoundTripAsJson {
    private final SessionJsonSerializer serializer = new SessionJsonSerializer(getClass().getClassLoader());

    @ParameterizedTest
    @EnumSource(Role.class)
    void theSecurityContextWithOurPrincipalComesBack(Role role) {
        StammkundeUser user = new StammkundeUser(UUID.randomUUID(), UUID.randomUUID(), role, "a@example.de",
                "Änne Ölberg");
        SecurityContext context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user,
                null, user.authorities()));

        byte[] json = serializer.serialize(context);

        assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{\"@class\":");
        SecurityContext back = (SecurityContext) serializer.deserialize(json);
        assertThat(back).isEqualTo(context);
        assertThat(back.getAuthentication().getPrincipal()).isEqualTo(user);
        assertThat(java.util.List.copyOf(back.getAuthentication().getAuthorities())).isEqualTo(user.authorities());
        assertThat(back.getAuthentication().isAuthenticated()).isTrue();
    }

    @Test
    void springSessionsOwnValuesComeBackAsTheirTypes() {
        assertThat(serializer.deserialize(serializer.serialize(1_732_000_000_000L))).isEqualTo(1_732_000_000_000L);
        assertThat(serializer.deserialize(serializer.serialize(1800))).isEqualTo(1800);
        assertThat(serializer.deserialize(serializer.serialize("text"))).isEqualTo("text");
        assertThat(serializer.deserialize(new byte[0])).isNull();
    }

    record SomethingNew(String name) {
    }

    @Test
    void aValueThatWouldNotComeBackAsItselfIsRefusedWhenWritten() {
        assertThatThrownBy(() -> serializer.serialize(new SomethingNew("x")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(SomethingNew.class.getName());
    }

    @Test
    void javaSerialisedBytesAreNotRead() {
        byte[] javaSerialised = {(byte) 0xAC, (byte) 0xED, 0x00, 0x05, 0x74, 0x00, 0x01, 0x78};
        assertThatThrownBy(() -> serializer.deserialize(javaSerialised)).isInstanceOf(SerializationException.class);
    }
}
