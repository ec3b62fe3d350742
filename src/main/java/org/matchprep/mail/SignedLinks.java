package org.matchprep.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs what a link in a mail may do without a sign-in (unsubscribe one kind of mail for one person), with
 * HMAC-SHA256 under a key kept in the database, so every node checks every other node's links. Checked in
 * constant time.
 */
@Component
public class SignedLinks implements SmartInitializingSingleton {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile byte[] key;

    SignedLinks(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // made and read in a transaction of its own: a caller's rollback must not leave a key cached here
        // that the database never kept
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Reads (or makes) the key once at start-up, with no transaction of a caller open: made lazily under load,
     * fifty bookings at once would each hold a pooled connection while asking for a second one for the key,
     * and the pool would run dry.
     */
    @Override
    public void afterSingletonsInstantiated() {
        key();
    }

    public String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    public boolean verify(String payload, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            // the first node to ask makes the key; everyone reads the one that won
            known = ownTransaction.execute(status -> {
                jdbc.sql("insert into mail_signing_key (id, secret) values (1, ?) on conflict (id) do nothing").param(fresh).update();
                return jdbc.sql("select secret from mail_signing_key where id = 1").query(byte[].class).single();
            });
            key = known;
        }
        return known;
    }
}
