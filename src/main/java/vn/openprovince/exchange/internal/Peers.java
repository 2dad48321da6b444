package vn.openprovince.exchange.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Peers extends JpaRepository<Peer, String> {
}
