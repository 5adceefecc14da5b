package jp.pdcaledger.benchmark.peer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The benchmark's honest anchor for writes: the plain CRUD service a municipality's IT vendor would build instead of
 * the ledger, on the same Spring Boot web, security and JDBC stack, answering the same requests with one INSERT each
 * and keeping no history. The benchmark starts it on its own database and loads it as it loads the app.
 */
@SpringBootApplication
public class CrudPeer {

    public static void main(String[] args) {
        SpringApplication.run(CrudPeer.class, args);
    }
}
