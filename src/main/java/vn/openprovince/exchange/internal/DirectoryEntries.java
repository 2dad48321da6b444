package vn.openprovince.exchange.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DirectoryEntries extends JpaRepository<DirectoryEntry, String> {

    List<DirectoryEntry> findAllByOrderByOrganIdAsc();
}
