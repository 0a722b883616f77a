package org.dossier.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.dossier.web.privacy.StraceLog.Analysis;
import org.dossier.web.privacy.StraceLog.Violation;
import org.junit.jupiter.api.Test;

/** Lines as {@code strace -f -e trace=connect,sendto,sendmsg,sendmmsg,bind} prints them on Linux (strace 6.1). */
class StraceLogTest {

    private static final String LOOPBACK_V4 = "7558  connect(41, {sa_family=AF_INET, sin_port=htons(8080), "
            + "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0";
    private static final String LOOPBACK_V6 = "7558  connect(42, {sa_family=AF_INET6, sin6_port=htons(8080), "
            + "sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28) = 0";
    private static final String NSCD = "7558  connect(4, {sa_family=AF_UNIX, sun_path=\"/var/run/nscd/socket\"}, 110)"
            + " = -1 ENOENT (No such file or directory)";
    private static final String NETLINK = "7560  sendto(5, [{nlmsg_len=20, nlmsg_type=RTM_GETADDR, "
            + "nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, {ifa_family=AF_UNSPEC}], 20, 0, "
            + "{sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20";
    private static final String DNS_QUERY = "7601  sendto(7, "
            + "\"\\2234\\1\\0\\0\\1\\0\\0\\0\\0\\0\\0\\7example\\3com\\0\\0\\1\\0\\1\", 29, MSG_NOSIGNAL, "
            + "{sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"8.8.8.8\")}, 16) = 29";
    private static final String MAPPED_PRIVATE = "7602  connect(8, {sa_family=AF_INET6, sin6_port=htons(80), "
            + "sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::ffff:10.0.0.1\", &sin6_addr), sin6_scope_id=0}, 28) "
            + "= -1 EINPROGRESS (Operation now in progress)";

    @Test
    void acceptsLoopbackOverIpv4AndIpv6AndTheNameServiceCacheSocket() {
        Analysis analysis = StraceLog.analyse(List.of(LOOPBACK_V4, LOOPBACK_V6, NSCD, NETLINK,
                "7558  --- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---",
                "7564  +++ exited with 0 +++"));

        assertThat(analysis.violations()).isEmpty();
        assertThat(analysis.families()).containsEntry("AF_INET", 1).containsEntry("AF_INET6", 1)
                .containsEntry("AF_UNIX", 1).containsEntry("AF_NETLINK", 1);
    }

    @Test
    void catchesADnsQuerySentToAPublicResolver() {
        Analysis analysis = StraceLog.analyse(List.of(LOOPBACK_V4, DNS_QUERY, NSCD));

        assertThat(analysis.violations()).containsExactly(new Violation(DNS_QUERY, "AF_INET 8.8.8.8 is not loopback"));
    }

    @Test
    void catchesAPrivateAddressHiddenInAnIpv4MappedIpv6Address() {
        Analysis analysis = StraceLog.analyse(List.of(MAPPED_PRIVATE));

        assertThat(analysis.violations()).extracting(Violation::reason)
                .containsExactly("AF_INET6 ::ffff:10.0.0.1 is not loopback");
    }

    @Test
    void acceptsLoopbackAnywhereInIpv4sSlashEightAndMappedIntoIpv6() {
        Analysis analysis = StraceLog.analyse(List.of(
                "9 connect(3, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.45.6.7\")}, 16) = 0",
                "9 connect(3, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), "
                        + "inet_pton(AF_INET6, \"::ffff:127.0.0.1\", &sin6_addr), sin6_scope_id=0}, 28) = 0"));

        assertThat(analysis.violations()).isEmpty();
    }

    @Test
    void joinsAConnectInterruptedByAnotherThreadAndReportsItWhole() {
        Analysis analysis = StraceLog.analyse(List.of(
                "7610  connect(9, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"203.0.113.1\")}, 16 "
                        + "<unfinished ...>",
                LOOPBACK_V4,
                "7610  <... connect resumed>) = -1 ETIMEDOUT (Connection timed out)"));

        assertThat(analysis.violations()).containsExactly(new Violation("7610  connect(9, {sa_family=AF_INET, "
                + "sin_port=htons(80), sin_addr=inet_addr(\"203.0.113.1\")}, 16) = -1 ETIMEDOUT (Connection timed out)",
                "AF_INET 203.0.113.1 is not loopback"));
    }

    @Test
    void catchesTheDestinationOfAMessageSentWithSendmsg() {
        Analysis analysis = StraceLog.analyse(List.of("7620  sendmsg(4, {msg_name={sa_family=AF_INET6, "
                + "sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"2001:db8::1\", &sin6_addr), "
                + "sin6_scope_id=0}, msg_namelen=28, msg_iov=[{iov_base=\"hello\", iov_len=5}], msg_iovlen=1, "
                + "msg_controllen=0, msg_flags=0}, 0) = 5"));

        assertThat(analysis.violations()).extracting(Violation::reason)
                .containsExactly("AF_INET6 2001:db8::1 is not loopback");
    }

    @Test
    void catchesAServerBoundToEveryInterfaceButNotOneOnLoopback() {
        String tomcat = "7680  bind(11, {sa_family=AF_INET6, sin6_port=htons(41551), sin6_flowinfo=htonl(0), "
                + "inet_pton(AF_INET6, \"::ffff:127.0.0.1\", &sin6_addr), sin6_scope_id=0}, 28) = 0";
        String everywhere = "7681  bind(12, {sa_family=AF_INET6, sin6_port=htons(8080), sin6_flowinfo=htonl(0), "
                + "inet_pton(AF_INET6, \"::\", &sin6_addr), sin6_scope_id=0}, 28) = 0";

        Analysis analysis = StraceLog.analyse(List.of(tomcat, everywhere));

        assertThat(analysis.violations()).containsExactly(new Violation(everywhere, "AF_INET6 :: is not loopback"));
    }

    @Test
    void readsNoAddressIntoTheDataACallSends() {
        // a document's text, sent to the browser over loopback, that looks like an address off the machine
        Analysis analysis = StraceLog.analyse(List.of("7630  sendto(12, \"{sa_family=AF_INET, sin_port=htons(53), "
                + "sin_addr=inet_addr(\\\"8.8.8.8\\\")}\"..., 4096, 0, {sa_family=AF_INET, sin_port=htons(8080), "
                + "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 4096"));

        assertThat(analysis.violations()).isEmpty();
        assertThat(analysis.families()).containsExactly(Map.entry("AF_INET", 1));
    }

    @Test
    void failsClosedOnAFamilyOrAnAddressItCannotRead() {
        String packet = "7640  sendto(3, \"\\0\", 1, 0, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_ALL), "
                + "sll_ifindex=if_nametoindex(\"eth0\"), sll_hatype=ARPHRD_ETHER, sll_pkttype=PACKET_HOST, "
                + "sll_halen=0}, 20) = 1";
        String undecoded = "7641  connect(3, {sa_family=AF_INET, "
                + "sa_data=\"\\0P\\313\\0qd\\1\\0\\0\\0\\0\\0\\0\\0\"}, 16) = 0";

        Analysis analysis = StraceLog.analyse(List.of(packet, undecoded));

        assertThat(analysis.violations()).extracting(Violation::reason).containsExactly(
                "AF_PACKET is not a local address family",
                "AF_INET address not readable");
    }

    @Test
    void aCallWithoutAnAddressUsesTheConnectionItsSocketAlreadyHas() {
        Analysis analysis = StraceLog.analyse(List.of(
                "7650  sendto(44, \"GET / HTTP/1.1\\r\\n\"..., 120, 0, NULL, 0) = 120",
                "7650  sendmmsg(5, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"x\", iov_len=1}], "
                        + "msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=1}], 1, MSG_NOSIGNAL) = 1"));

        assertThat(analysis.violations()).isEmpty();
        assertThat(analysis.families()).isEmpty();
    }
}
