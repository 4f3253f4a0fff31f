<?php
/**
 * Copies a synthetic discussion (JSON on stdin, as test/bench/bench-db.ts makes it) into the test
 * WordPress as a post with its comments, so its own post page can be measured beside Parley's.
 * Idempotent by slug. Prints the post's address.   php wordpress-seed.php <host:port> < article.json
 */
[ , $host ] = $argv + [ null, null ];
if ( ! $host ) {
	fwrite( STDERR, "usage: php wordpress-seed.php <host:port> < article.json\n" );
	exit( 2 );
}
$_SERVER['HTTP_HOST']   = $host;
$_SERVER['SERVER_NAME'] = preg_replace( '/:.*/', '', $host );
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
add_filter( 'pre_wp_mail', '__return_false' );

$article  = json_decode( stream_get_contents( STDIN ), true );
$existing = get_posts( [ 'name' => $article['slug'], 'post_type' => 'post', 'post_status' => 'any', 'numberposts' => 1 ] );
if ( $existing ) {
	echo get_permalink( $existing[0] ), "\n";
	exit( 0 );
}
$post = wp_insert_post( [
	'post_name'      => $article['slug'],
	'post_title'     => $article['title'],
	'post_content'   => $article['bodyHtml'],
	'post_status'    => 'publish',
	'post_author'    => 1,
	'comment_status' => 'open',
], true );
if ( is_wp_error( $post ) ) {
	fwrite( STDERR, $post->get_error_message() . "\n" );
	exit( 1 );
}
wp_defer_comment_counting( true );
$ids = [];
foreach ( $article['comments'] as $comment ) {
	$gmt   = gmdate( 'Y-m-d H:i:s', strtotime( $comment['createdAt'] ) );
	$ids[] = wp_insert_comment( [
		'comment_post_ID'      => $post,
		'comment_parent'       => $comment['parentIndex'] === null ? 0 : $ids[ $comment['parentIndex'] ],
		'comment_author'       => $comment['authorName'],
		'comment_author_email' => 'bench@example.invalid',
		'comment_author_url'   => $comment['authorUrl'] ?? '',
		'comment_content'      => $comment['body'],
		'comment_approved'     => 1,
		'comment_date_gmt'     => $gmt,
		'comment_date'         => get_date_from_gmt( $gmt ),
	] );
}
wp_defer_comment_counting( false );
echo get_permalink( $post ), "\n";
