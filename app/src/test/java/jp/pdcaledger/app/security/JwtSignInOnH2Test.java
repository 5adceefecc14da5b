package jp.pdcaledger.app.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.EventStore.StoredEvent;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in: bearer tokens signed by the identity provider, whose public key the app is given. Roles and
 * scope come from the token's claims; the actor on the events is the token's user.
 */
class JwtSignInOnH2Test extends OnH2 {

    private static final KeyPair PROVIDER = keyPair();
    private static final KeyPair STRANGER = keyPair();

    @DynamicPropertySource
    static void trustTheProvider(DynamicPropertyRegistry properties) throws Exception {
        Path pem = Files.createTempFile("idp-public", ".pem");
        pem.toFile().deleteOnExit();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(PROVIDER.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(KeyPair signer, String user, List<String> roles, String municipality, String department,
                                Instant expiresAt) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) signer.getPublic()).privateKey((RSAPrivateKey) signer.getPrivate()).build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject("id-" + user).claim("preferred_username", user)
                .claim("roles", roles).issuedAt(expiresAt.minusSeconds(3600)).expiresAt(expiresAt);
        if (municipality != null) {
            claims.claim("municipality", municipality);
        }
        if (department != null) {
            claims.claim("department", department);
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
    }

    private Api.Response postAs(String token, String path, Object body) {
        return api().anonymous().header("Authorization", "Bearer " + token).post(path, body);
    }

    private static String staffOfKitakyushu(KeyPair signer, Instant expiresAt) {
        return token(signer, "yamada@city.kitakyushu.lg.jp", List.of("STAFF"), Sheets.KITAKYUSHU, Sheets.DEPARTMENT, expiresAt);
    }

    @Test
    void a_staff_token_of_the_sheets_municipality_and_department_writes_and_is_the_recorded_actor() {
        String id = new Sheets(this).registeredWithTarget();

        Api.Response response = postAs(staffOfKitakyushu(PROVIDER, Instant.now().plusSeconds(600)),
                "/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 3));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<StoredEvent> stored = events().of(id);
        assertThat(stored.get(stored.size() - 1).metadata()).contains("\"actor\":\"yamada@city.kitakyushu.lg.jp\"")
                .contains("ROLE_STAFF");
    }

    @Test
    void a_staff_token_of_another_department_or_municipality_is_404_as_for_no_such_sheet_and_stores_nothing() {
        String id = new Sheets(this).registeredWithTarget();
        long before = events().count();
        Instant later = Instant.now().plusSeconds(600);

        Api.Response otherDepartment = postAs(token(PROVIDER, "sato", List.of("STAFF"), Sheets.KITAKYUSHU, "子ども家庭局", later),
                "/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 3));
        Api.Response otherCity = postAs(token(PROVIDER, "suzuki", List.of("STAFF"), "401307", Sheets.DEPARTMENT, later),
                "/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 3));

        assertThat(otherDepartment.status()).isEqualTo(404);
        assertThat(otherCity.status()).isEqualTo(404);
        assertThat(otherDepartment.body()).doesNotContain(Sheets.DEPARTMENT).doesNotContain(Sheets.KITAKYUSHU);
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    void an_expired_token_or_one_signed_by_another_key_is_401_with_a_problem_document() {
        String id = new Sheets(this).registeredWithTarget();
        long before = events().count();

        Api.Response expired = postAs(staffOfKitakyushu(PROVIDER, Instant.now().minusSeconds(600)),
                "/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 3));
        Api.Response forged = postAs(staffOfKitakyushu(STRANGER, Instant.now().plusSeconds(600)),
                "/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 3));

        assertThat(expired.status()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    void roles_the_service_does_not_know_grant_nothing() {
        String token = token(PROVIDER, "mallory", List.of("SUPERUSER", "ROLE_ADMIN"), null, null, Instant.now().plusSeconds(600));

        Api.Response response = postAs(token, "/api/sheets", Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));

        assertThat(response.status()).isEqualTo(403);
    }
}
